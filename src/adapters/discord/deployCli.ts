// `npm run deploy:discord`: registers /isf with Discord and prints what it registered.
// Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_URL (from .env too).
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../logger.ts';
import { deployDiscordCommands, formatDeployResult } from './deployCommands.ts';
import { describeDiscordFailure } from './describeDiscordFailure.ts';
import { discordInviteUrl } from './inviteUrl.ts';

/** Runs the deploy; returns the process exit code (0 registered, 1 failed, 2 not configured). */
export async function runDeployCli(env: NodeJS.ProcessEnv = process.env, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    err.write(`deploy:discord: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (!config.discord) {
    err.write('deploy:discord: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README, Discord section)\n');
    return 2;
  }
  const logger = createLogger(config.logLevel);
  try {
    const result = await deployDiscordCommands(config.discord, logger);
    out.write(`${formatDeployResult(result)}\nInvite the bot with: ${discordInviteUrl(config.discord.applicationId)}\n`);
    return 0;
  } catch (error) {
    // "Refused" only when Discord answered: an unreachable Discord refused nothing.
    const failure = describeDiscordFailure(error, config.discord);
    err.write(`deploy:discord: ${failure.reached ? `Discord refused the registration: ${failure.message}` : `${failure.message}; nothing was registered`}\n`);
    return 1;
  }
}
