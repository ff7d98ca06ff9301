import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Writable } from 'node:stream';
import { Bot } from '../bot/bot.ts';
import { ConversationBot } from '../bot/conversation/conversationBot.ts';
import { createConversationServices } from '../bot/conversation/services.ts';
import { FairUseBot } from '../bot/fairUseBot.ts';
import { userHashSalt } from '../bot/questionLog.ts';
import { consoleBanner, createConsoleAdapter } from '../adapters/console/consoleAdapter.ts';
import type { ChatAdapter, StopOutcome } from '../adapters/types.ts';
import type { Config } from '../config.ts';
import { describeSkippedFiles } from '../corpus/skippedFiles.ts';
import type { Logger } from '../logger.ts';
import type { Engine } from '../search/engine.ts';
import { watchCorpus, type CorpusWatcher } from './corpusWatcher.ts';
import { healthRoutes, type HealthSource } from './health.ts';
import { startHealthServer, type HealthServer } from './healthServer.ts';
import { loadEngine } from './loadEngine.ts';
import { createReportHandler, REPORT_PATH } from './reportRoute.ts';
import { REPLAY_TTL_MS } from '../adapters/slack/replayGuard.ts';
import { openBotStore } from '../store/openStore.ts';
import { scheduleRetention } from '../store/retention.ts';
import type { Store } from '../store/types.ts';

/** A started bot: its adapters and how to reload and stop it. */
export interface RunningBot {
  /** The core; its engine is swapped on reload. */
  bot: Bot;
  /** The bot as the chat platforms reach it: rate limit, concurrency cap, question log, conversations. */
  chatBot: FairUseBot;
  adapters: ChatAdapter[];
  /** The bot's memory (questions, votes, thread context, shared rate windows and event claims). */
  store: Store;
  /** Where /healthz and /readyz answer: Slack's HTTP port, HEALTH_PORT, or both; empty when off. */
  healthPorts: number[];
  /** Resolves when the bot has stopped (console input ended, or stop() was called and finished). */
  done: Promise<void>;
  /** Rebuilds the index from the corpus folder and swaps it in (SIGHUP); true when swapped. */
  reload(reason?: string): Promise<boolean>;
  /** Stops taking work, sends the acknowledged answers (until the drain deadline), closes adapters, the watcher and the health server; says how many answers were lost. */
  stop(): Promise<StopOutcome>;
}

/** Tuning of startBot; the defaults suit production. */
export interface StartOptions {
  input?: Readable & { isTTY?: boolean };
  output?: Writable;
  /** Longest wait of each adapter's stop() for acknowledged answers to go out; default config.drainTimeoutMs. */
  drainTimeoutMs?: number;
  /** Called when an adapter can never serve again (Discord rejected the token): the caller stops and exits non-zero. */
  onFatal?: (reason: string) => void;
  /** Debounce of corpus folder changes; default 300 ms. */
  reloadDebounceMs?: number;
  /** The store (tests pass a MemoryStore); default the configured database (openBotStore). */
  store?: Store;
}

/**
 * Starts every chat adapter whose credentials are set (or the console chat when none is) behind fair use,
 * the health endpoints (on Slack's HTTP port when it runs, and on HEALTH_PORT when set) and the corpus watcher.
 */
export async function startBot(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const drainTimeoutMs = options.drainTimeoutMs ?? config.drainTimeoutMs;
  // The console chat names skipped corpus files in its banner, as a line to read instead of a log line.
  const consoleOnly = !config.slack && !config.discord;
  const engine = await loadEngine(config.corpusDir, logger, { warm: true, dataDir: config.dataDir, logSkipped: !consoleOnly });
  for (const name of config.ignoredVariables) logger.warn({ variable: name }, `${name} is set but has no effect any more (answers are synchronous); remove it from .env`);
  const bot = new Bot(engine, logger);
  const store: Store = options.store ?? (await openBotStore(config.store, logger));
  const retention = scheduleRetention(store, config.store.retentionDays, logger);
  const salt = userHashSalt([config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, config.discord?.token]);
  // Conversations sit inside fair use, so follow-ups and "more" count like questions.
  const chatBot = new FairUseBot(new ConversationBot(bot, { store, logger }), {
    store,
    rateLimitPerMinute: config.rateLimitPerMinute,
    logger,
    salt,
  });
  const conversation = createConversationServices(store, salt, logger);

  const adapters: ChatAdapter[] = [];
  let stopping = false;
  const health: HealthSource = {
    corpus: () => ({ documents: bot.engine.corpus.documents.length, passages: bot.engine.passageCount, dir: config.corpusDir }),
    adapters: () => adapters,
    stopping: () => stopping,
    store: () => store.health(),
  };
  // The report page, only with REPORT_TOKEN; it reads the same store the bot writes.
  const report = config.reportToken === undefined ? undefined : createReportHandler({ token: config.reportToken, report: (range) => store.report(range), logger });
  const slackHttp = config.slack?.mode === 'http';
  const healthOnSlackPort = slackHttp && config.healthPort === config.port;
  if (report && config.healthPort === undefined) logger.warn('REPORT_TOKEN is set but HEALTH_PORT is not: the /report page is served on HEALTH_PORT only, so it is off');
  let slackPort: (() => number | undefined) | undefined;
  if (config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/slackAdapter.ts');
    const slack = createSlackAdapter(config.slack, chatBot, logger, {
      port: config.port,
      drainTimeoutMs,
      conversation,
      claimEvent: (eventId) => store.claimEvent(eventId),
      // A signature seen by any replica is a replay on every other (shared through the store's claims).
      replayGuard: { seen: async (signature) => !(await store.claimOnce(`slack-signature:${signature}`, REPLAY_TTL_MS)) },
      // In Socket Mode Bolt would open a server of its own for these; HEALTH_PORT serves them there instead.
      // HEALTH_PORT equal to PORT puts the report page there too (it is always behind its token).
      ...(slackHttp && { customRoutes: [...healthRoutes(health), ...(healthOnSlackPort && report ? [{ path: REPORT_PATH, method: ['GET', 'HEAD'], handler: (req: IncomingMessage, res: ServerResponse) => void report(req, res) }] : [])] }),
    });
    if (slackHttp) slackPort = () => slack.port;
    adapters.push(slack);
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/discordAdapter.ts');
    adapters.push(createDiscordAdapter(config.discord, chatBot, logger, { drainTimeoutMs, conversation, ...(options.onFatal && { onFatal: options.onFatal }) }));
  }
  let consoleClosed: Promise<void> | undefined;
  if (adapters.length === 0) {
    const consoleChat = createConsoleAdapter(chatBot, {
      input,
      output,
      banner: consoleBanner(engine.corpus.documents.length, engine.passageCount, describeSkippedFiles(engine.corpus)),
      prompt: Boolean(input.isTTY),
      terminal: Boolean(input.isTTY),
    });
    adapters.push(consoleChat);
    consoleClosed = consoleChat.closed;
  }

  let healthServer: HealthServer | undefined;
  let watcher: CorpusWatcher | undefined;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  let stopped: Promise<StopOutcome> | undefined;
  const stop = (): Promise<StopOutcome> =>
    (stopped ??= (async () => {
      stopping = true;
      watcher?.close();
      const outcomes = await Promise.allSettled(adapters.map((a) => a.stop()));
      let unsent = 0;
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled') unsent += outcome.value.unsent;
        else logger.error({ err: outcome.reason, adapter: adapters[i]!.name }, 'stopping an adapter failed');
      });
      await healthServer?.close();
      retention.stop();
      await store.close();
      resolveDone();
      return { unsent };
    })());

  try {
    // Health first, so a probe sees "alive, not ready" while the adapters connect.
    if (config.healthPort !== undefined && !healthOnSlackPort) {
      healthServer = await startHealthServer(config.healthPort, health, report);
      logger.info({ port: healthServer.port, reportPage: report !== undefined }, 'health endpoints listening');
    }
    // After a swap, adapters refresh what shows the corpus outside answers (Slack's Home tab).
    const holder = {
      get engine() {
        return bot.engine;
      },
      swapEngine(next: Engine) {
        bot.swapEngine(next);
        for (const adapter of adapters) {
          adapter.corpusChanged?.().catch((error: unknown) => logger.warn({ err: error, adapter: adapter.name }, 'refreshing an adapter after a reload failed'));
        }
      },
    };
    watcher = watchCorpus({ dir: config.corpusDir, dataDir: config.dataDir, bot: holder, logger, ...(options.reloadDebounceMs !== undefined && { debounceMs: options.reloadDebounceMs }) });
    for (const adapter of adapters) {
      await adapter.start();
      logger.info({ adapter: adapter.name }, 'adapter started');
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const onSlackPort = slackPort?.();
  if (onSlackPort !== undefined) logger.info({ port: onSlackPort }, 'health endpoints listening beside /slack/events');
  void consoleClosed?.then(stop);

  const healthPorts = [...(onSlackPort !== undefined ? [onSlackPort] : []), ...(healthServer ? [healthServer.port] : [])];
  return { bot, chatBot, store, adapters, healthPorts, done, reload: (reason = 'request') => watcher!.reload(reason), stop };
}
