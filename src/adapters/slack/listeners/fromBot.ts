import type { Context } from '@slack/bolt';

/** The parts of a message event that tell who sent it. */
interface SenderFields {
  user?: string;
  bot_id?: string;
  subtype?: string;
}

/** True when a message comes from this bot or any other bot: the bot never answers those. */
export function isFromBot(event: SenderFields, context: Context): boolean {
  return event.bot_id !== undefined || event.subtype === 'bot_message' || (event.user !== undefined && event.user === context.botUserId);
}

/** Removes mentions of the bot (`<@U123>` or `<@U123|name>`) from message text, so only the question is left. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  const escaped = botUserId.replace(/[^A-Za-z0-9]/g, '');
  return text.replace(new RegExp(`<@${escaped}(?:\\|[^>]*)?>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
