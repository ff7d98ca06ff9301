import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CommandDefinition } from '../../commands/types.ts';
import { renderText } from '../adapters/console/renderText.ts';
import { Bot, type Requester } from '../bot/bot.ts';
import type { BotReply } from '../bot/reply.ts';
import { configSecrets } from '../config.ts';
import { cliConfig } from './cliConfig.ts';
import { createLogger } from '../logger.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { openEngine } from './openEngine.ts';
import type { CliArgs } from './parseArgs.ts';
import { readLines } from './readLines.ts';
import type { CliIo } from './types.ts';

const CLI_REQUESTER: Requester = { platform: 'cli', userId: 'cli' };

/**
 * Runs one chat command once (`isf ask "Q"`, `isf sources`), or, for a command that takes text and is given none
 * on a stdin that is not a terminal, once per stdin line (batch), writing each answer as soon as it is ready.
 */
export async function runChatCommand(command: CommandDefinition, args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const logger = createLogger(config.logLevel, { secrets: configSecrets(config) });
  const bot = new Bot(await openEngine(config.corpusDir, logger, command.needsIndex ?? true), logger);
  const json = args.options.json === true;
  const textOption = command.options.find((o) => o.type === 'string');
  const render = (reply: BotReply): string => (json ? `${JSON.stringify(reply.json)}\n` : `${renderText(reply)}\n`);
  if (textOption && args.text.trim() === '' && !io.stdin.isTTY) {
    for await (const line of readLines(io.stdin)) await writeText(io.stdout, render(bot.run(command.name, { [textOption.name]: line }, CLI_REQUESTER)));
    return EXIT_CODES.answered;
  }
  const reply = bot.run(command.name, textOption ? { [textOption.name]: args.text } : {}, CLI_REQUESTER);
  await writeText(io.stdout, json ? `${JSON.stringify(reply.json, null, 2)}\n` : renderText(reply));
  return reply.refused ? EXIT_CODES.refused : EXIT_CODES.answered;
}

/** Writes text, waiting when the reader falls behind (so a long batch holds one answer at a time). */
async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
