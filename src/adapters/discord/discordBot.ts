import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { ChatBot } from '../../bot/chatBot.ts';

/** What the Discord adapter needs of the bot: any ChatBot (`Bot`, or `FairUseBot` whose replies come as promises). */
export type DiscordBot = ChatBot;

/** True when Discord says the interaction is gone: its 3-second window (or 15-minute token) expired. */
export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}
