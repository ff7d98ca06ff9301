import type { Message } from 'discord.js';
import { apologyReply, type Requester } from '../../bot/bot.ts';
import type { ConversationServices } from '../../bot/conversation/services.ts';
import type { Logger } from '../../logger.ts';
import { answerButtons } from './discordComponents.ts';
import type { DiscordBot } from './discordBot.ts';
import { removeMentions } from './removeMentions.ts';
import { renderApology, renderDiscordEmbeds, type DiscordMessagePayload } from './renderDiscordEmbeds.ts';

/** What the message handler works with. */
export interface MessageHandlerOptions {
  bot: DiscordBot;
  logger: Logger;
  /** Links answers to their conversations, so a reply to an answer follows it up; without it only mentions and DMs are answered. */
  conversation?: ConversationServices;
}

/**
 * Answers a message that mentions the bot (as a reply to it), a reply to one of its answers (a follow-up, read
 * with that answer's conversation) and any direct message (in the DM).
 * A conversation is a DM, a thread, or a chain of replies starting at a mention; each answer sent is linked to it.
 * A private note (over the rate limit) about a mention goes to the author's DMs, or, when Discord
 * refuses that, as a short reply.
 * Messages from bots, the bot itself included, webhooks and the system are ignored. Without the
 * Message Content intent Discord still sends the text of exactly these messages.
 */
export function createMessageHandler({ bot, logger, conversation: services }: MessageHandlerOptions): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const inDirectMessage = !message.inGuild();
    const referenced = message.reference?.messageId;
    // A reply to one of the bot's answers continues its conversation, mention or not.
    const followed = referenced !== undefined && services ? await services.links.find(messageKey(referenced)) : undefined;
    if (!inDirectMessage && followed === undefined && !mentionsBot(message)) return;

    const conversation = inDirectMessage
      ? `discord:dm:${message.channelId}`
      : message.channel.isThread()
        ? `discord:thread:${message.channelId}`
        : (followed ?? `discord:msg:${message.id}`);
    const requester: Requester = { platform: 'discord', userId: message.author.id, conversation };
    const started = performance.now();
    try {
      const reply = await bot.runText(removeMentions(message.content), requester);
      let where: 'dm' | 'mention' | 'dm-note' = inDirectMessage ? 'dm' : 'mention';
      if (reply.private && !inDirectMessage && (await sendPrivately(message, renderApology(reply), logger))) where = 'dm-note';
      else {
        const sent = await send(message, inDirectMessage, reply.private ? renderApology(reply) : { ...renderDiscordEmbeds(reply), components: answerButtons(reply, conversation) });
        if (sent && services) await services.links.link(messageKey(sent.id), conversation);
      }
      logger.info(
        { command: reply.command, message: message.id, where, ...(reply.private && { private: true }), ms: Math.round(performance.now() - started) },
        'discord message answered',
      );
    } catch (error) {
      logger.error({ err: error, message: message.id }, 'discord message failed');
      try {
        await send(message, inDirectMessage, renderApology(apologyReply('ask')));
      } catch (apologyError) {
        logger.warn({ err: apologyError, message: message.id }, 'discord apology could not be sent');
      }
    }
  };
}

/**
 * True when the text addresses the bot explicitly: its user mention, or the role Discord gives it
 * (the client may offer that when someone types @BotName). A reply's automatic ping does not count,
 * so "thanks!" under an answer is not taken as a question.
 */
function mentionsBot(message: Message<true>): boolean {
  const me = message.client.user;
  const role = message.guild.roles.botRoleFor(me);
  const tokens = [`<@${me.id}>`, `<@!${me.id}>`, ...(role ? [`<@&${role.id}>`] : [])];
  return tokens.some((token) => message.content.includes(token));
}

/**
 * Sends a private note about a public mention to the author's DMs; false when Discord refuses (DMs
 * closed, no shared server), and the caller replies in the channel instead.
 */
async function sendPrivately(message: Message, payload: ReturnType<typeof renderApology>, logger: Logger): Promise<boolean> {
  try {
    await message.author.send(payload);
    return true;
  } catch (error) {
    logger.debug({ err: error, message: message.id }, 'discord: could not DM a private note; replying in the channel');
    return false;
  }
}

/** The key a Discord message is linked to its conversation under. */
export function messageKey(messageId: string): string {
  return `discord:${messageId}`;
}

type SendPayload = Omit<DiscordMessagePayload, 'embeds'> & { embeds?: DiscordMessagePayload['embeds']; components?: ReturnType<typeof answerButtons> };

async function send(message: Message, inDirectMessage: boolean, payload: SendPayload): Promise<Message | undefined> {
  if (!inDirectMessage) {
    // Still answer if the question was deleted meanwhile, just without the reference.
    return message.reply({ ...payload, failIfNotExists: false });
  } else if (message.channel.isSendable()) {
    return message.channel.send(payload);
  }
  return undefined;
}
