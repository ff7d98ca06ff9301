import type { DiscordConfig } from '../../config.ts';
import { unreachableCode } from '../startError.ts';

/** Why talking to Discord failed: whether Discord was reached at all, and one line for the operator. */
export interface DiscordFailure {
  /** False when no answer came from Discord (network, DNS, wrong DISCORD_API_URL): nothing was refused. */
  reached: boolean;
  message: string;
}

/** Gateway close code for a token Discord does not accept (Discord's gateway docs: 4004 Authentication failed). */
const AUTHENTICATION_FAILED = 4004;

/** Reads a failed login or REST call: a rejected DISCORD_TOKEN, an unreachable Discord, or something else. */
export function describeDiscordFailure(error: unknown, config: Pick<DiscordConfig, 'apiUrl'>): DiscordFailure {
  const fields = error && typeof error === 'object' ? (error as { code?: unknown; status?: unknown }) : {};
  if (fields.code === 'TokenInvalid' || fields.status === 401 || fields.code === AUTHENTICATION_FAILED) {
    return {
      reached: true,
      message: 'DISCORD_TOKEN was rejected by Discord (401 Unauthorized): copy the bot token again (Developer Portal → your application → Bot → Reset Token) into .env',
    };
  }
  const unreachable = unreachableCode(error);
  if (unreachable) {
    const url = config.apiUrl ?? 'https://discord.com/api';
    return { reached: false, message: `cannot reach Discord at ${url} (${unreachable}): check the network connection${config.apiUrl ? ' and DISCORD_API_URL' : ''}` };
  }
  return { reached: true, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
}
