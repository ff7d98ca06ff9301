import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Bot, Requester } from '../../bot/bot.ts';
import type { BotReply } from '../../bot/reply.ts';
import type { CommandArgs } from '../../../commands/index.ts';

/**
 * What the Discord adapter needs of the bot: `Bot` fits; a reply may also come as a promise,
 * so a slower (queued, rate-limited) bot is answered through a deferred reply.
 */
export interface DiscordBot {
  readonly engine: Bot['engine'];
  run(commandName: string, args: CommandArgs, requester?: Requester): BotReply | Promise<BotReply>;
  runText(text: string, requester?: Requester): BotReply | Promise<BotReply>;
}

/** True when Discord says the interaction is gone: its 3-second window (or 15-minute token) expired. */
export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** True when the interaction was already answered (a race with a duplicate delivery). */
export function isAlreadyAcknowledged(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}
