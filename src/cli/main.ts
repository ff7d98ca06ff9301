import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { renderText } from '../adapters/console/renderText.ts';
import { consoleBanner, createConsoleAdapter } from '../adapters/console/consoleAdapter.ts';
import { loadEngine } from '../app/loadEngine.ts';
import { guardProcess } from '../app/guardProcess.ts';
import { handleSignals } from '../app/shutdown.ts';
import { startBot } from '../app/startBot.ts';
import { Bot } from '../bot/bot.ts';
import type { BotReply } from '../../commands/reply.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { CorpusError } from '../corpus/loadCorpus.ts';
import { createLogger, createScrubber } from '../logger.ts';
import { parseArgs, USAGE, UsageError, type CliArgs } from './parseArgs.ts';
import { readAll, splitLines } from './readStdin.ts';

/** The streams the CLI talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

const ONE_SHOT = new Set(['ask', 'status', 'search', 'sources', 'help']);

/** Runs the `isf` command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === 'help' || args.command === '--help') {
      io.stdout.write(USAGE);
      return 0;
    }
    await loadDotenv(io.env);
    if (args.command === 'deploy-discord') {
      const { runDeployCli } = await import('../adapters/discord/deployCli.ts');
      return await runDeployCli(io.env, io.stdout, io.stderr);
    }
    const env = args.corpus === undefined ? io.env : { ...io.env, CORPUS_DIR: args.corpus };
    const config = loadConfig(env);
    const logger = createLogger(config.logLevel, { secrets: configSecrets(config), buffered: args.command === 'start' });
    // Only when this is the process's own stderr: tests run main() in-process with streams of their own.
    if (io.stderr === process.stderr) guardProcess(logger, createScrubber(configSecrets(config)), { keepServingOnRejection: args.command === 'start' });
    if (args.command === 'start') {
      const signals = handleSignals(logger);
      try {
        const running = await startBot(config, logger, { input: io.stdin, output: io.stdout });
        signals.attach(running);
        await running.done;
        return 0;
      } finally {
        signals.remove();
      }
    }
    if (!ONE_SHOT.has(args.command) && args.command !== 'chat') throw new UsageError(`unknown command "${args.command}"`);
    const bot = new Bot(await loadEngine(config.corpusDir, logger, { dataDir: config.dataDir }), logger);
    if (args.command === 'chat') {
      const chat = createConsoleAdapter(bot, {
        input: io.stdin,
        output: io.stdout,
        banner: consoleBanner(bot.engine.corpus.documents.length, bot.engine.passageCount),
        prompt: Boolean(io.stdin.isTTY),
      });
      await chat.start();
      await chat.closed;
      return 0;
    }
    if (args.command === 'ask' && args.text.trim() === '' && !io.stdin.isTTY) return await askBatch(bot, args, io);
    const reply = runOne(bot, args);
    io.stdout.write(args.json ? `${JSON.stringify(reply.json, null, 2)}\n` : renderText(reply));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`isf: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof CorpusError) {
      io.stderr.write(`isf: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function runOne(bot: Bot, args: CliArgs): BotReply {
  const requester = { platform: 'cli', userId: 'cli' } as const;
  if (args.command === 'ask') return bot.run('ask', { question: args.text }, requester);
  if (args.command === 'search') return bot.run('search', { terms: args.text }, requester);
  return bot.run(args.command, {}, requester);
}

/** Batch mode: one question per stdin line; one JSON object per line out (or text answers). */
async function askBatch(bot: Bot, args: CliArgs, io: CliIo): Promise<number> {
  const questions = splitLines(await readAll(io.stdin));
  let buffer = '';
  for (const question of questions) {
    const reply = bot.run('ask', { question }, { platform: 'cli', userId: 'cli' });
    buffer += args.json ? `${JSON.stringify(reply.json)}\n` : `${renderText(reply)}\n`;
    if (buffer.length > 1 << 16) {
      await write(io.stdout, buffer);
      buffer = '';
    }
  }
  await write(io.stdout, buffer);
  return 0;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (text === '') return resolve();
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Loads ./.env when there is one, silently (dotenv 17+ prints a banner unless told not to). */
async function loadDotenv(env: NodeJS.ProcessEnv): Promise<void> {
  if (!existsSync('.env')) return;
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true, processEnv: env as Record<string, string> });
}

/** Every credential in the configuration, for the logger to keep out of its lines. */
function configSecrets(config: Config): (string | undefined)[] {
  return [config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, config.discord?.token];
}

function defaultIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
