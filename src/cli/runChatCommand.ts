import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { CommandDefinition } from '../../commands/types.ts';
import { renderText } from '../adapters/console/renderText.ts';
import { Bot, type Requester } from '../bot/bot.ts';
import type { BotReply } from '../bot/reply.ts';
import { configSecrets, type Config } from '../config.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import { corpusOnlyEngine } from '../search/corpusOnlyEngine.ts';
import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
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
  if (command.needsIndex === false) return new Bot(corpusOnlyEngine(await loadCorpus(config.corpusDir)), stderrErrorLog(io));
  const [{ createLogger }, { loadEngine }] = await Promise.all([import('../logger.ts'), import('../app/loadEngine.ts')]);
  const logger = createLogger(config.logLevel, { secrets: configSecrets(config) });
  return new Bot(await loadEngine(config.corpusDir, logger), logger);
}

/** For a command that needs no index, whose only log line would be a handler failure: one plain line on stderr. */
function stderrErrorLog(io: CliIo): Pick<Logger, 'error'> {
  return {
    error: (fields: unknown, message?: string) => {
      const reason = fields && typeof fields === 'object' && 'err' in fields && fields.err instanceof Error ? `: ${fields.err.message.split('\n')[0]}` : '';
      io.stderr.write(`isf: ${message ?? 'error'}${reason}\n`);
    },
  } as Pick<Logger, 'error'>;
}

/** Writes text, waiting when the reader falls behind (so a long batch holds one answer at a time). */
async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
