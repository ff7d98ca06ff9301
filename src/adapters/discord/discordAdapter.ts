import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { ConversationServices } from '../../bot/conversation/services.ts';
import type { DiscordConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { StartError } from '../startError.ts';
import type { AdapterState, ChatAdapter } from '../types.ts';
import { describeDiscordFailure } from './describeDiscordFailure.ts';
import { rejectCallbackRateLimits } from './callbackWindow.ts';
import type { DiscordBot } from './discordBot.ts';
import { answersInFlight } from './answersInFlight.ts';
import { createInteractionHandler } from './handleInteraction.ts';
import { createMessageHandler } from './handleMessage.ts';
import { discordInviteUrl } from './inviteUrl.ts';
import { screenInteractions } from './screenInteraction.ts';
import { NO_MENTIONS } from './renderDiscordEmbeds.ts';

/** Tuning of the Discord adapter; the defaults suit production. */
export interface DiscordAdapterOptions {
  /** A slash command answer not ready after this many ms is deferred, then edited in. Default 1000. */
  deferAfterMs?: number;
  /** How long stop() waits for acknowledged answers (replies, follow-ups, edits) to go out, in ms. Default 25000 (see DEFAULT_DRAIN_SECONDS in config.ts). */
  drainTimeoutMs?: number;
  /**
   * Called once when, after it was ready, Discord closes the gateway with a code it will not reconnect from
   * (the token rejected, bad intents): the process cannot serve Discord again and should exit to be restarted.
   */
  onFatal?: (reason: string) => void;
  /** Votes and reply chains of conversations; without them votes are not kept and only mentions and DMs are answered. */
  conversation?: ConversationServices;
}

/**
 * Gateway close codes discord.js does not reconnect from (its UNRECOVERABLE_CLOSE_CODES), with what each means
 * for the operator. From Discord's "Gateway Close Event Codes" table.
 */
const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed): check the token'],
  [4010, 'Discord refused the shard (gateway close 4010, invalid shard)'],
  [4011, 'Discord requires sharding for this bot (gateway close 4011)'],
  [4012, 'Discord refused the gateway API version (gateway close 4012)'],
  [4013, 'Discord refused the intents (gateway close 4013, invalid intents)'],
  [4014, 'Discord refused a privileged intent not enabled for this bot (gateway close 4014, disallowed intents)'],
]);

/** The Discord adapter, with its discord.js client exposed for tests and diagnostics. */
export type DiscordAdapter = ChatAdapter & { readonly client: Client };

/**
 * Connects the bot to Discord: `/isf` slash commands (with autocomplete), mentions (answered as
 * replies) and direct messages. Needs no privileged intent; discord.js reconnects on its own.
 */
export function createDiscordAdapter(config: DiscordConfig, bot: DiscordBot, logger: Logger, options: DiscordAdapterOptions = {}): DiscordAdapter {
  const log = logger.child({ adapter: 'discord' });
  const { deferAfterMs = 1000, drainTimeoutMs = 25_000 } = options;
  const client = new Client(discordClientOptions(config));
  const inFlight = new Set<Promise<void>>();
  let state: AdapterState = 'stopped';
  let accepting = false;
  // Set once stop() begins: the gateway closing then is ours, not a connection lost.
  let stopping = false;
  let ready = false;

  const services = options.conversation ? { conversation: options.conversation } : {};
  // Shared by both handlers: a reply that overtakes a slash answer's link waits for it.
  const answers = answersInFlight();
  const onInteraction = createInteractionHandler({ bot, logger: log, deferAfterMs, answers, ...services });
  const onMessage = createMessageHandler({ bot, logger: log, answers, ...services });
  // Every handler's work is tracked so stop() can let answers in flight finish.
  const track = (work: Promise<void>): void => {
    const tracked = work.catch((error: unknown) => log.error({ err: error }, 'discord handler failed'));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  };

  client.on(Events.Raw, screenInteractions(log));
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) track(onInteraction(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (accepting) track(onMessage(message));
  });
  client.on(Events.ShardReady, () => {
    state = 'connected';
    ready = true;
  });
  client.on(Events.ShardResume, () => {
    state = 'connected';
    log.info('discord gateway resumed');
  });
  client.on(Events.ShardReconnecting, () => {
    if (stopping) return;
    state = 'disconnected';
    log.warn('discord gateway reconnecting');
  });
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    state = 'disconnected';
    const meaning = FATAL_CLOSE_CODES.get(event.code);
    // Before "ready", start() fails with its own message; after it, nothing would ever reconnect: exit to be restarted.
    if (meaning !== undefined && ready && options.onFatal) {
      log.error({ code: event.code }, `${meaning}; exiting so a supervisor restarts the bot`);
      options.onFatal(meaning);
    } else log.error({ code: event.code }, `discord gateway closed for good${meaning ? `: ${meaning}` : ' (check DISCORD_TOKEN and intents)'}`);
  });
  client.on(Events.ShardError, (error) => log.warn({ err: error }, 'discord gateway error'));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Debug, (message) => log.trace(message));

  return {
    name: 'discord',
    client,
    get state() {
      return state;
    },
    async start() {
      state = 'starting';
      accepting = true;
      const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
      try {
        await client.login(config.token);
        const me = await ready;
        state = 'connected';
        log.info(
          { user: me.user.tag, guilds: me.guilds.cache.size, inviteUrl: discordInviteUrl(config.applicationId) },
          'discord connected',
        );
      } catch (error) {
        accepting = false;
        state = 'stopped';
        await client.destroy();
        throw new StartError(describeDiscordFailure(error, config).message, { cause: error });
      }
    },
    async stop() {
      if (state === 'stopped' && !accepting) return { unsent: 0 };
      accepting = false;
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, drainTimeoutMs);
      });
      if (inFlight.size > 0) log.info({ inFlight: inFlight.size, drainMs: drainTimeoutMs }, 'discord: sending the answers already acknowledged');
      await Promise.race([Promise.allSettled([...inFlight]), timeout]).finally(() => clearTimeout(timer));
      const unsent = inFlight.size;
      if (unsent > 0) log.error({ unsent, drainMs: drainTimeoutMs }, `discord: ${unsent} acknowledged answer(s) not sent before the drain deadline: lost`);
      await client.destroy();
      state = 'stopped';
      log.info('discord stopped');
      return { unsent };
    },
  };
}

/** The client options: least intents, DM channels arrive partial, no mention ever pings, REST base overridable. */
function discordClientOptions(config: DiscordConfig): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Slash commands that arrive before "ready" wait in discord.js's queue, and "ready" waits until no
    // server has streamed in for this long: the default 15 s would outlast their 3-second window.
    waitGuildTimeout: 1000,
    rest: { ...(config.apiUrl !== undefined && { api: config.apiUrl }), rejectOnRateLimit: rejectCallbackRateLimits },
  };
}
