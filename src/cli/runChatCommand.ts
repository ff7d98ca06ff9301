import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CommandDefinition } from '../../commands/types.ts';
import { renderText } from '../adapters/console/renderText.ts';
import { Bot, type Requester } from '../bot/bot.ts';
import type { BotReply } from '../../commands/reply.ts';
import type { Config } from '../config.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import { corpusOnlyEngine } from '../search/corpusOnlyEngine.ts';
import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
import type { CliArgs } from './parseArgs.ts';
import { openProcessLogger, plainProcessLog } from './processLog.ts';
import { readLines } from './readLines.ts';
import type { CliIo } from './types.ts';

const CLI_REQUESTER: Requester = { platform: 'cli', userId: 'cli' };

/**
 * Runs one chat command once (`isf ask "Q"`, `isf sources`), or, for a command that takes text and is given none
 * on a stdin that is not a terminal, once per stdin line (batch), writing each answer as soon as it is ready.
 */
export async function runChatCommand(command: CommandDefinition, args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const bot = await openBot(command, config, io);
  const json = args.options.json === true;
  const textOption = command.options.find((o) => o.type === 'string');
  if (textOption && args.text.trim() === '' && !io.stdin.isTTY) {
    for await (const line of readLines(io.stdin)) {
      const reply = bot.run(command.name, { [textOption.name]: line }, CLI_REQUESTER);
      await writeText(io.stdout, json ? `${JSON.stringify(reply.json)}\n` : `${renderText(reply)}\n`);
    }
    return EXIT_CODES.answered;
  }
  const reply: BotReply = bot.run(command.name, textOption ? { [textOption.name]: args.text } : {}, CLI_REQUESTER);
  await writeText(io.stdout, json ? `${JSON.stringify(reply.json, null, 2)}\n` : renderText(reply));
  return reply.refused ? EXIT_CODES.refused : EXIT_CODES.answered;
}

/**
 * The bot a one-shot run needs. A command that needs no index gets the loaded corpus alone: the indexing modules
 * (stemmer, word lists, MiniSearch) and pino are then never imported, which is most of a start-up.
 */
async function openBot(command: CommandDefinition, config: Config, io: CliIo): Promise<Bot> {
  if (command.needsIndex === false) {
    const log = plainProcessLog(config, io);
    return new Bot(corpusOnlyEngine(await loadCorpus(config.corpusDir)), log);
  }
  const [logger, { loadEngine }] = await Promise.all([openProcessLogger(config, io), import('../app/loadEngine.ts')]);
  return new Bot(await loadEngine(config.corpusDir, logger, { dataDir: config.dataDir }), logger);
}

/** Writes text, waiting when the reader falls behind (so a long batch holds one answer at a time). */
async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
