import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotReply } from '../../../../commands/reply.ts';
import { unescapeSlackText } from '../escapeSlackText.ts';
import { renderSlackBlocks, type SlackMessage } from '../renderSlackBlocks.ts';
import { slackConversation } from './conversationKey.ts';
import { isFromBot, stripBotMention } from './fromBot.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/** A message a person wrote in a DM with the bot (its timeline, a thread in it, or the assistant panel). */
export interface DirectMessageIn {
  channel: string;
  user: string;
  /** The text as Slack sent it (escaped, perhaps with a mention of the bot). */
  text: string;
  ts: string;
  threadTs?: string;
}

/** What the assistant panel does around an answer: a status while it works, a title from the first question. */
export interface AnswerHooks {
  beforeAnswer?(): Promise<void>;
  afterAnswer?(reply: BotReply, question: string): Promise<void>;
}

/** A direct message to the bot: any command text or question, answered in the DM (in its thread if it has one); a DM is private, so fair-use notes go there too. */
export function directMessage(deps: ListenerDeps) {
  return async ({ event, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    // Only new messages a person typed in a DM; edits, deletions, joins and bot posts have a subtype or bot_id.
    if (event.channel_type !== 'im' || event.subtype !== undefined || isFromBot(event, context)) return;
    const text = stripBotMention(event.text ?? '', context.botUserId);
    await answerDirectMessage(deps, client, { channel: event.channel, user: event.user, text, ts: event.ts, ...(event.thread_ts !== undefined && { threadTs: event.thread_ts }) });
  };
}

/** The Slack id of a message, as conversations link it (`slack:D1:1700000000.000100`). */
function messageKey(channel: string, ts: string): string {
  return `slack:${channel}:${ts}`;
}

/**
 * Answers a DM. The DM's timeline is one private conversation; a thread in it is its own, except a thread opened
 * on a message of the timeline (the question or the bot's answer), which goes on with the timeline's.
 */
export async function answerDirectMessage({ bot, logger, conversation: services }: ListenerDeps, client: AllMiddlewareArgs['client'], message: DirectMessageIn, hooks: AnswerHooks = {}): Promise<void> {
  const { channel, threadTs } = message;
  const text = unescapeSlackText(message.text);
  const post = (reply: SlackMessage) =>
    client.chat.postMessage({ channel, ...(threadTs !== undefined && { thread_ts: threadTs }), unfurl_links: false, unfurl_media: false, ...reply });
  await withApology(logger, { listener: 'direct_message' }, post, async () => {
    const conversation = threadTs === undefined ? slackConversation(channel) : ((await services?.links.find(messageKey(channel, threadTs))) ?? slackConversation(channel, threadTs));
    await hooks.beforeAnswer?.();
    const reply = await bot.runText(text, { platform: 'slack', userId: message.user, conversation });
    const posted = await post(renderSlackBlocks(reply, { conversation }));
    if (threadTs === undefined && services) {
      // A thread opened later on the question or on the answer continues this conversation.
      await services.links.link(messageKey(channel, message.ts), conversation);
      if (typeof posted.ts === 'string') await services.links.link(messageKey(channel, posted.ts), conversation);
    }
    await hooks.afterAnswer?.(reply, text);
  });
}
