import type { Message } from 'discord.js';
import { apologyReply, type Requester } from '../../bot/bot.ts';
import type { ConversationServices } from '../../bot/conversation/services.ts';
import type { Logger } from '../../logger.ts';
import { conversationKeys, messageKey } from './conversationKeys.ts';
import { answerButtons } from './discordComponents.ts';
import type { AnswersInFlight } from './answersInFlight.ts';
import { inOrderPerKey } from './inOrderPerKey.ts';
import type { DiscordBot } from './discordBot.ts';
import { removeMentions } from './removeMentions.ts';
import { NO_MENTIONS, renderApology, renderDiscordEmbeds, type DiscordMessagePayload } from './renderDiscordEmbeds.ts';

/** The answer to a reply whose text Discord withheld (its @mention was turned off): how to be read. */
const UNREADABLE_REPLY = 'I could not read that reply: Discord shows me a reply only when it keeps the @mention on. Reply again with the mention on, or mention me with your question.';

/** What the message handler works with. */
export interface MessageHandlerOptions {
  bot: DiscordBot;
  logger: Logger;
  /** Links answers to their conversations, so a reply to an answer follows it up; without it only mentions and DMs are answered. */
  conversation?: ConversationServices;
  /** Slash answers being sent, per channel: a reply to the bot that finds no link waits for them, then looks again. */
  answers?: AnswersInFlight;
}

/** How long a reply to the bot waits for slash answers in flight in its channel: Discord's 3 s callback window, plus margin. */
const LINK_WAIT_MS = 5_000;

/**
 * Answers a message that mentions the bot (as a reply to it), a reply to one of its messages (a follow-up, read
 * with that answer's conversation while it is remembered) and any direct message (in the DM).
 * A conversation is a DM, a thread, or a chain of replies starting at a mention; each answer sent is linked to it.
 * A private note (over the rate limit) about a mention goes to the author's DMs, or, when Discord
 * refuses that, as a short reply.
 * Messages from bots, the bot itself included, webhooks and the system are ignored. Without the
 * Message Content intent Discord still sends the text of exactly these messages.
 */
export function createMessageHandler(options: MessageHandlerOptions): (message: Message) => Promise<void> {
  // A channel's messages are answered in the order they came, so a quick reply to an answer finds its link.
  const inOrder = inOrderPerKey();
  return (message) => inOrder(message.channelId, () => answerMessage(message, options));
}

async function answerMessage(message: Message, { bot, logger, conversation: services, answers }: MessageHandlerOptions): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const inDirectMessage = !message.inGuild();
  const referenced = message.reference?.messageId;
  // A reply to one of the bot's answers continues its conversation, mention or not; a reply to a message of the
  // bot's that is not (or no longer) linked starts one, so "and China?" there gets the hint rather than silence.
  const repliesToBot = referenced !== undefined && message.mentions.repliedUser?.id === message.client.user.id;
  let followed = referenced !== undefined && services ? await services.links.find(messageKey(referenced)) : undefined;
  if (followed === undefined && repliesToBot && services && answers) {
    // The reply may have overtaken a slash answer's link (its message id arrives with the HTTP response).
    await answers.settled(message.channelId, LINK_WAIT_MS);
    followed = await services.links.find(messageKey(referenced));
  }
  if (!inDirectMessage && followed === undefined && !repliesToBot && !mentionsBot(message)) return;

  const conversation = inDirectMessage
    ? conversationKeys.dm(message.channelId)
    : message.channel.isThread()
      ? conversationKeys.thread(message.channelId)
      : (followed ?? conversationKeys.mention(message.id));
  const requester: Requester = { platform: 'discord', userId: message.author.id, conversation };
  const started = performance.now();
  const text = removeMentions(message.content);
  try {
    if (text.trim() === '' && (followed !== undefined || repliesToBot) && !inDirectMessage) {
      // Without the Message Content intent Discord sends a reply's text only when the reply mentions the bot.
      const sent = await send(message, false, { content: UNREADABLE_REPLY, allowedMentions: NO_MENTIONS });
      if (sent && services) await services.links.link(messageKey(sent.id), conversation);
      logger.info({ message: message.id, where: 'unreadable-reply' }, 'discord reply without text: asked to keep the mention');
      return;
    }
    const reply = await bot.runText(text, requester);
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
}

/**
 * True when the text addresses the bot explicitly: its user mention, or the role Discord gives it
 * (the client may offer that when someone types @BotName). A reply's automatic ping is not in the text:
 * a reply to someone else's message that only pings the bot is not taken as a question.
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
