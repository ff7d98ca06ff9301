import type { Readable, Writable } from 'node:stream';
import { Bot } from '../bot/bot.ts';
import { consoleBanner, createConsoleAdapter } from '../adapters/console/consoleAdapter.ts';
import type { ChatAdapter } from '../adapters/types.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { loadEngine } from './loadEngine.ts';

/** A started bot: its adapters and how to stop it. */
export interface RunningBot {
  bot: Bot;
  adapters: ChatAdapter[];
  /** Resolves when the bot has stopped (console input ended, or stop() was called). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Starts every chat adapter whose credentials are set, or the console chat when none is. */
export async function startBot(
  config: Config,
  logger: Logger,
  io: { input: Readable & { isTTY?: boolean }; output: Writable } = { input: process.stdin, output: process.stdout },
): Promise<RunningBot> {
  const engine = await loadEngine(config.corpusDir, logger);
  const bot = new Bot(engine, logger);
  const adapters: ChatAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/slackAdapter.ts');
    adapters.push(createSlackAdapter(config.slack, bot, logger, { port: config.port }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/discordAdapter.ts');
    adapters.push(createDiscordAdapter(config.discord, bot, logger));
  }
  let done: Promise<void>;
  let resolveDone!: () => void;
  if (adapters.length === 0) {
    const consoleChat = createConsoleAdapter(bot, {
      input: io.input,
      output: io.output,
      banner: consoleBanner(engine.corpus.documents.length, engine.passageCount),
      prompt: Boolean(io.input.isTTY),
    });
    adapters.push(consoleChat);
    done = consoleChat.closed;
  } else {
    done = new Promise<void>((resolve) => (resolveDone = resolve));
  }
  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name }, 'adapter started');
  }
  const stop = async () => {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    resolveDone?.();
  };
  return { bot, adapters, done, stop };
}
