import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute, type webApi } from '@slack/bolt';
import type { ChatBot } from '../../bot/chatBot.ts';
import type { ConversationServices } from '../../bot/conversation/services.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { AdapterState, ChatAdapter } from '../types.ts';
import { StartError } from '../startError.ts';
import { boltLogLevel, createBoltLogger } from './boltLogger.ts';
import { describeSlackStartFailure, type SlackStartStep } from './describeStartFailure.ts';
import { DEFAULT_SLACK_HTTP_LIMITS, guardSlackRequests, slackServerOptions, type SlackHttpLimits } from './guardRequests.ts';
import { registerListeners } from './listeners/index.ts';
import { createHomeTab } from './homeTab.ts';
import { createResponsePoster } from './postToResponseUrl.ts';
import { createMemoryReplayGuard, type ReplayGuard } from './replayGuard.ts';
import { screenSocketEnvelopes } from './screenEnvelopes.ts';

/** Options of the Slack adapter beyond its credentials. */
export interface SlackAdapterOptions {
  /** Port of the HTTP receiver (HTTP mode); default 3000; 0 picks a free port (see `port` once started). */
  port?: number;
  /**
   * Extra HTTP routes served beside `/slack/events` (e.g. health checks). In HTTP mode they share the
   * receiver's port; in Socket Mode Bolt serves them on `port` from a small server of its own.
   */
  customRoutes?: CustomRoute[];
  /** The slash command answered; default `/isf` (as in slack-manifest.json). */
  commandName?: string;
  /** Retries of Web API calls (p-retry options); default 3 quick ones, so a dead API fails start() fast (Socket Mode reconnects keep their own). */
  retryConfig?: webApi.RetryOptions;
  /** Longest wait in stop() for acknowledged answers to go out (response_urls, chat posts), in ms; default 25000. */
  drainTimeoutMs?: number;
  /** Limits of the HTTP endpoint (body size, timeouts, sockets); default DEFAULT_SLACK_HTTP_LIMITS. */
  httpLimits?: Partial<SlackHttpLimits>;
  /** Where signatures of recent requests are remembered to refuse replays (HTTP mode); default this process's memory. */
  replayGuard?: ReplayGuard;
  /** Vote recording for the 👍/👎 buttons; without it votes are acknowledged but not kept. */
  conversation?: ConversationServices;
  /** Claims an event id across replicas (the store's claimEvent), so a re-delivered event is answered once; default: per process. */
  claimEvent?: (eventId: string) => Promise<boolean>;
}

/** Default drain of stop(): see DEFAULT_DRAIN_SECONDS in config.ts. */
const DEFAULT_DRAIN_MS = 25_000;

/**
 * Longest wait for the intake to close (the HTTP server's open connections, the socket's goodbye), in ms. Slack
 * retries an unacknowledged request, so cutting one still arriving loses nothing; 2 s lets a request already
 * being read finish and be acknowledged.
 */
const INTAKE_CLOSE_MS = 2000;

/** The Slack adapter: a ChatAdapter with its Bolt App (for tests and extra routes). */
export interface SlackAdapter extends ChatAdapter {
  readonly name: 'slack';
  /** The Bolt App; listeners are registered on it already. */
  readonly app: App;
  /** Slack's connection mode: HTTP (Events API) or Socket Mode. */
  readonly mode: SlackConfig['mode'];
  /** The port the HTTP receiver listens on once started (HTTP mode), else undefined. */
  readonly port: number | undefined;
}

const DEFAULT_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2000 };

/**
 * Creates the Slack adapter on Bolt: HTTP mode (signing secret, Bolt's `/slack/events` on `port`, signature and
 * timestamp checks on, ack before work) or Socket Mode (app token). It only routes Slack input to the Bot and
 * renders its replies; nothing is sent to Slack before start().
 */
export function createSlackAdapter(config: SlackConfig, bot: ChatBot, logger: Logger, options: SlackAdapterOptions = {}): SlackAdapter {
  const log = logger.child({ adapter: 'slack' });
  const boltLogger = createBoltLogger(log);
  const logLevel = boltLogLevel(log);
  const retryConfig = options.retryConfig ?? DEFAULT_RETRIES;
  const clientOptions = (): webApi.WebClientOptions => ({
    ...(config.apiUrl !== undefined && { slackApiUrl: config.apiUrl }),
    retryConfig,
  });
  const listenPort = options.port ?? 3000;
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_MS;
  const httpLimits: SlackHttpLimits = { ...DEFAULT_SLACK_HTTP_LIMITS, ...options.httpLimits };

  let receiver: SocketModeReceiver | undefined;
  let app: App;
  if (config.mode === 'socket') {
    if (!config.appToken) throw new Error('Slack Socket Mode needs SLACK_APP_TOKEN');
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      logLevel,
      // apps.connections.open goes to the same Web API base as every other call. Its retries stay the Socket Mode
      // client's own (many, patient): they carry reconnects through network blips; auth.test fails start() fast.
      installerOptions: { clientOptions: { ...(config.apiUrl !== undefined && { slackApiUrl: config.apiUrl }) }, port: listenPort },
      ...(options.customRoutes && { customRoutes: options.customRoutes }),
    });
    // Envelopes whose payload does not fit their type are acknowledged and dropped before Bolt reads them.
    screenSocketEnvelopes(receiver, log);
    app = new App({
      token: config.botToken,
      receiver,
      socketMode: true,
      logger: boltLogger,
      logLevel,
      clientOptions: clientOptions(),
      convoStore: false,
      deferInitialization: true,
    });
  } else {
    if (!config.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET');
    const http = new HTTPReceiver({
      signingSecret: config.signingSecret,
      port: listenPort,
      ...(options.customRoutes && { customRoutes: options.customRoutes }),
      // Ack answers Slack's HTTP request at once; the answer follows through response_url or the Web API.
      processBeforeResponse: false,
      bodyLimit: httpLimits.maxBodyBytes,
      logger: boltLogger,
      logLevel,
    });
    // Unsigned, oversized, replayed and malformed requests are refused before Bolt buffers or parses them.
    guardSlackRequests(http, { signingSecret: config.signingSecret, limits: httpLimits, replayGuard: options.replayGuard ?? createMemoryReplayGuard(), logger: log });
    app = new App({
      token: config.botToken,
      receiver: http,
      logger: boltLogger,
      logLevel,
      clientOptions: clientOptions(),
      convoStore: false,
      deferInitialization: true,
    });
  }

  const inFlight = new Set<Promise<unknown>>();
  const postResponse = createResponsePoster();
  const homeTab = createHomeTab(() => bot.engine, log);
  const deps = {
    homeTab,
    bot,
    logger: log,
    commandName: options.commandName ?? '/isf',
    postResponse,
    ...(options.conversation && { conversation: options.conversation }),
    ...(options.claimEvent && { claimEvent: options.claimEvent }),
  };
  registerListeners(app, deps, {
    add(work) {
      inFlight.add(work);
      const forget = () => inFlight.delete(work);
      work.then(forget, forget);
    },
  });

  let state: AdapterState = 'stopped';
  let started = false;
  let server: Server | undefined;

  receiver?.client.on('connected', () => {
    if (started) state = 'connected';
  });
  receiver?.client.on('reconnecting', () => {
    if (started) {
      state = 'disconnected';
      log.warn('slack: Socket Mode connection lost, reconnecting');
    }
  });

  const listeningPort = (): number | undefined => {
    const address = server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
  };

  return {
    name: 'slack',
    app,
    mode: config.mode,
    get state() {
      return state;
    },
    get port() {
      return listeningPort();
    },

    async start() {
      if (started) return;
      state = 'starting';
      let step: SlackStartStep = 'auth';
      try {
        // auth.test: checks the token and tells the bot its own user id (to ignore itself, to strip its mention).
        await app.init();
        step = receiver ? 'connect' : 'listen';
        if (receiver) await app.start();
        else {
          server = (await app.start(listenPort, slackServerOptions(httpLimits))) as Server;
          server.maxConnections = httpLimits.maxConnections;
        }
      } catch (error) {
        state = 'disconnected';
        throw new StartError(describeSlackStartFailure(error, config, step, listenPort), { cause: error });
      }
      started = true;
      state = 'connected';
      log.info({ mode: config.mode, ...(server && { port: listeningPort() }) }, 'slack: ready');
    },

    async corpusChanged() {
      if (!started) return;
      await homeTab.refresh(app.client);
    },

    async stop() {
      if (!started) {
        state = 'stopped';
        return { unsent: 0 };
      }
      started = false;
      const deadline = performance.now() + drainTimeoutMs;
      const intakeMs = Math.min(INTAKE_CLOSE_MS, drainTimeoutMs);
      // Take no new work first (close the socket or the server), then let the replies in flight finish:
      // they go out through the Web API and response_urls, not through what was just closed.
      if (receiver) {
        const client = receiver.client;
        const disconnected = new Promise<void>((resolve) => client.once('disconnected', () => resolve()));
        await app.stop();
        await within(disconnected, intakeMs);
      } else {
        const open = server;
        const forceClose = setTimeout(() => open?.closeAllConnections(), intakeMs);
        try {
          await app.stop();
        } finally {
          clearTimeout(forceClose);
        }
        server = undefined;
      }
      if (inFlight.size > 0) log.info({ inFlight: inFlight.size, drainMs: drainTimeoutMs }, 'slack: sending the answers already acknowledged');
      await within(Promise.allSettled([...inFlight]), Math.max(0, deadline - performance.now()));
      const unsent = inFlight.size;
      if (unsent > 0) log.error({ unsent, drainMs: drainTimeoutMs }, `slack: ${unsent} acknowledged answer(s) not sent before the drain deadline: lost`);
      postResponse.close();
      state = 'stopped';
      log.info('slack: stopped');
      return { unsent };
    },
  };
}

/** Waits for a promise, but no longer than `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise.then(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

