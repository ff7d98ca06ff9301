// A local Discord that speaks the wire protocol: REST under /api/v10 and a JSON gateway over WebSocket.
// The real discord.js client connects to it; tests drive it by dispatching gateway events and read what
// the bot sent from the recorded REST requests.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '100000000000000001';
const BOT_ID = APP_ID;
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const DM_CHANNEL_ID = '300000000000000002';
export const BOT_ROLE_ID = '500000000000000001';
const COMMAND_ID = '600000000000000001';
export const TOKEN = 'fake-bot-token';

export const BOT_USER = { id: BOT_ID, username: 'isf-bot', global_name: null, discriminator: '0', avatar: null, bot: true };
export const HUMAN = { id: '400000000000000001', username: 'reader', global_name: 'Reader', discriminator: '0', avatar: null };
export const OTHER_HUMAN = { id: '400000000000000002', username: 'friend', global_name: 'Friend', discriminator: '0', avatar: null };
export const OTHER_BOT = { id: '400000000000000003', username: 'other-bot', global_name: null, discriminator: '0', avatar: null, bot: true };

type User = typeof HUMAN | typeof BOT_USER | typeof OTHER_BOT;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON, checked by the tests that read it
type Json = any;

/** A REST request the bot made, with its path below /api/v10. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
  authorization: string | undefined;
  at: number;
  /** The JSON the fake answered with, when it answered with a message. */
  response?: Json;
}

/** A gateway payload the client sent (IDENTIFY, heartbeat, RESUME...). */
export interface GatewayFrame {
  op: number;
  d: Json;
}

interface Failure {
  status: number;
  code: number;
  message: string;
  /** With status 429: the seconds Discord asks the client to wait (Retry-After header and body's retry_after). */
  retryAfter?: number;
}

const MEMBER_FIELDS = { roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null, avatar: null, pending: false, premium_since: null, communication_disabled_until: null };
const ALL_PERMISSIONS = '2251799813685247';

/** The fake Discord server: start() it, point the client at `apiUrl`, close() it after. */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  /** Commands registered by PUT, by route (`applications/ID/commands` or `.../guilds/ID/commands`). */
  readonly registered = new Map<string, Json[]>();
  readonly baseUrl: string;
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  /** Milliseconds between heartbeats asked of the client (short, so tests see heartbeats acked). */
  heartbeatIntervalMs = 1000;
  heartbeatAcks = 0;
  /** Whether READY is followed by the server's GUILD_CREATE (Discord may be slow to send it, or never). */
  sendGuildCreate = true;
  /** Whether users refuse DMs from the bot: opening a DM channel fails with 50007, as on Discord. */
  dmsClosed = false;
  /** Milliseconds an interaction callback's HTTP response is held after the request is recorded (Discord's latency). */
  callbackLatencyMs = 0;
  /** Every message the bot sent or edited, by id, as Discord returned it (channel messages, interaction replies, follow-ups). */
  readonly sent = new Map<string, Json>();

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #events = new EventEmitter();
  readonly #callbackFailures: Failure[] = [];
  #seq = 0;
  #nextId = 700000000000000000n;
  #sessions = 0;
  // The id of each interaction's original response message, by interaction token: stable across edits, as on Discord.
  readonly #originals = new Map<string, string>();
  // Each interaction's channel and, for a button click, the message clicked, by interaction token.
  readonly #interactions = new Map<string, { channelId: string; message?: Json }>();

  private constructor(server: Server, wss: WebSocketServer) {
    this.#server = server;
    this.#wss = wss;
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.#events.setMaxListeners(100);
  }

  /** Starts the fake on a free local port. */
  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(server, wss);
    server.on('request', (req, res) => void fake.#onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => fake.#onConnection(ws));
    });
    return fake;
  }

  /** Closes every socket and the server. */
  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Number of gateway connections open now. */
  get openConnections(): number {
    return this.#sockets.size;
  }

  /** The next interaction callback fails this way (10062 is Discord's "Unknown interaction"). */
  failNextCallback(failure: Failure = { status: 404, code: 10062, message: 'Unknown interaction' }): void {
    this.#callbackFailures.push(failure);
  }

  /** Closes the gateway connections with a resumable code, as Discord does now and then. */
  dropConnections(code = 4000): void {
    for (const ws of this.#sockets) ws.close(code, 'fake: dropped');
  }

  /** Sends a gateway dispatch to every connected client. */
  dispatch(t: string, d: Json): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.#seq, d });
    for (const ws of this.#sockets) ws.send(payload);
  }

  /** Dispatches `/isf <sub> ...options` as a slash command; returns its id and token. */
  sendCommand(sub: string, options: Record<string, string | boolean> = {}, where: { dm?: boolean; user?: User } = {}): { id: string; token: string } {
    const subOptions = Object.entries(options).map(([name, value]) => ({ type: typeof value === 'boolean' ? 5 : 3, name, value }));
    return this.#sendInteraction(2, { id: COMMAND_ID, name: 'isf', type: 1, options: [{ type: 1, name: sub, options: subOptions }] }, where);
  }

  /** Dispatches an autocomplete request for an option of `/isf <sub>` with what the user has typed. */
  sendAutocomplete(sub: string, option: string, typed: string): { id: string; token: string } {
    return this.#sendInteraction(4, { id: COMMAND_ID, name: 'isf', type: 1, options: [{ type: 1, name: sub, options: [{ type: 3, name: option, value: typed, focused: true }] }] }, {});
  }

  /**
   * Dispatches a message in the guild channel, a thread of it (`channelId` from createThread) or a DM; returns its id.
   * With `replyTo` (a message as the bot sent it, from `sent`) it is a reply: type 19 with `message_reference` and
   * `referenced_message`, as Discord sends replies.
   */
  sendMessage(content: string, where: { dm?: boolean; author?: User; mentions?: User[]; channelId?: string; replyTo?: Json } = {}): string {
    const id = this.snowflake();
    const author = where.author ?? HUMAN;
    const channelId = where.dm ? DM_CHANNEL_ID : (where.channelId ?? CHANNEL_ID);
    const reply = where.replyTo;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: channelId,
      // Discord names the channel's type on MESSAGE_CREATE: discord.js needs it to build an uncached DM channel.
      channel_type: where.dm ? 1 : channelId === CHANNEL_ID ? 0 : 11,
      ...(!where.dm && { guild_id: GUILD_ID, member: { ...MEMBER_FIELDS } }),
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: content.includes('@everyone'),
      mentions: (where.mentions ?? []).map((u) => ({ ...u, ...(!where.dm && { member: { ...MEMBER_FIELDS } }) })),
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: reply ? 19 : 0,
      flags: 0,
      ...(reply && {
        message_reference: { type: 0, message_id: reply.id, channel_id: reply.channel_id, ...(!where.dm && { guild_id: GUILD_ID }) },
        referenced_message: reply,
      }),
    });
    return id;
  }

  /** Dispatches THREAD_CREATE for a public thread under the guild channel, started by the human; returns its id. */
  createThread(name = 'A thread'): string {
    const id = this.snowflake();
    this.dispatch('THREAD_CREATE', {
      id,
      type: 11,
      guild_id: GUILD_ID,
      parent_id: CHANNEL_ID,
      owner_id: HUMAN.id,
      name,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      newly_created: true,
    });
    return id;
  }

  /**
   * Dispatches a click on a button of a message the bot sent (INTERACTION_CREATE type 3, component type 2), in the
   * message's channel; returns the interaction's id and token.
   */
  clickButton(message: Json, customId: string, where: { dm?: boolean; user?: User } = {}): { id: string; token: string } {
    const dm = where.dm ?? message?.channel_id === DM_CHANNEL_ID;
    return this.#sendInteraction(3, { custom_id: customId, component_type: 2 }, { ...where, dm, message, channelId: message?.channel_id });
  }

  /** The custom_ids of a sent message's buttons, in order. */
  static buttonIds(message: Json): string[] {
    return (message?.components ?? []).flatMap((row: Json) => (row.components ?? []).map((c: Json) => c.custom_id as string));
  }

  /** The message an interaction's callback or webhook request made (its original response, an update, or a follow-up). */
  messageOf(request: RecordedRequest): Json {
    const token = /\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(request.path)?.[1];
    if (request.path.endsWith('/callback')) return token === undefined ? undefined : this.sent.get(this.#originals.get(token) ?? '');
    return request.response;
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.#waitFor('request', () => this.requests.find(match), timeoutMs);
  }

  /** Resolves with the first gateway frame from the client (past or future) that matches. */
  waitForFrame(match: (frame: GatewayFrame) => boolean, timeoutMs = 5000): Promise<GatewayFrame> {
    return this.#waitFor('frame', () => this.frames.find(match), timeoutMs);
  }

  /** The requests made with one interaction's token: its callback, then webhook edits and follow-ups. */
  requestsFor(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  /** The requests by which the bot sent or edited a message (not gateway lookups or command registration). */
  messageRequests(): RecordedRequest[] {
    return this.requests.filter(
      (r) => (r.method === 'POST' && /^\/(channels\/\d+\/messages|webhooks\/)/.test(r.path)) || (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) || (r.method === 'POST' && r.path.endsWith('/callback') && r.body?.type !== 8),
    );
  }

  /** A fresh snowflake id. */
  snowflake(): string {
    this.#nextId += 1n;
    return this.#nextId.toString();
  }

  #waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: nothing matched within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#events.off(event, check);
      };
      this.#events.on(event, check);
      check();
    });
  }

  #sendInteraction(type: number, data: Json, where: { dm?: boolean; user?: User; message?: Json; channelId?: string }): { id: string; token: string } {
    const id = this.snowflake();
    const token = `itoken-${id}`;
    const user = where.user ?? HUMAN;
    const channelId = where.dm ? DM_CHANNEL_ID : (where.channelId ?? CHANNEL_ID);
    this.#interactions.set(token, { channelId, ...(where.message && { message: where.message }) });
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      data,
      ...(where.message && { message: where.message }),
      ...(where.dm
        ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [user], last_message_id: null, flags: 0 }, user, context: 1 }
        : {
            guild_id: GUILD_ID,
            channel_id: channelId,
            channel: channelId === CHANNEL_ID ? { ...this.#channel(), guild_id: GUILD_ID } : { ...this.#channel(), id: channelId, type: 11, parent_id: CHANNEL_ID, guild_id: GUILD_ID },
            member: { ...MEMBER_FIELDS, user, permissions: ALL_PERMISSIONS },
            guild_locale: 'en-US',
            context: 0,
          }),
      app_permissions: ALL_PERMISSIONS,
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      attachment_size_limit: 10485760,
    });
    return { id, token };
  }

  #channel(): Json {
    return { id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0 };
  }

  #guild(): Json {
    const role = (id: string, name: string, extra: Json = {}): Json => ({ id, name, permissions: ALL_PERMISSIONS, position: 0, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null, ...extra });
    return {
      id: GUILD_ID,
      name: 'Fake Server',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: HUMAN.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      emojis: [],
      stickers: [],
      roles: [role(GUILD_ID, '@everyone'), role(BOT_ROLE_ID, 'isf-bot', { position: 1, managed: true, tags: { bot_id: BOT_ID } })],
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500000,
      joined_at: '2025-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [{ ...MEMBER_FIELDS, user: BOT_USER, roles: [BOT_ROLE_ID] }],
      channels: [this.#channel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  #onConnection(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => this.#sockets.delete(ws));
    ws.on('message', (raw) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(String(raw)) as GatewayFrame;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.frames.push(frame);
      this.#events.emit('frame');
      this.#onFrame(ws, frame);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  #onFrame(ws: WebSocket, frame: GatewayFrame): void {
    const send = (t: string, d: Json): void => ws.send(JSON.stringify({ op: 0, t, s: ++this.#seq, d }));
    switch (frame.op) {
      case 1: // heartbeat
        this.heartbeatAcks += 1;
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: // identify
        if (frame.d?.token !== TOKEN) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.#sessions += 1;
        send('READY', {
          v: 10,
          user: { ...BOT_USER, verified: true, flags: 0, mfa_enabled: false },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: `session-${this.#sessions}`,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
          private_channels: [],
          presences: [],
        });
        if (this.sendGuildCreate) send('GUILD_CREATE', this.#guild());
        break;
      case 6: // resume
        if (frame.d?.token !== TOKEN) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        send('RESUMED', {});
        break;
      default:
        break;
    }
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);
    const reply = (status: number, body?: Json): void => {
      if (body === undefined) {
        res.writeHead(status).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (!url.pathname.startsWith('/api/v10/')) {
      reply(404, { message: '404: Not Found', code: 0 });
      return;
    }
    let body: Json;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      reply(400, { message: 'fake Discord: body is not JSON', code: 50109 });
      return;
    }
    const path = decodeURIComponent(url.pathname.slice('/api/v10'.length));
    const request: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, authorization: req.headers.authorization, at: Date.now() };
    const authorized = request.authorization === `Bot ${TOKEN}`;
    const route = `${request.method} ${path}`;
    let match: RegExpExecArray | null;

    // Interaction callbacks and webhooks are authorized by their token in the path, not the bot token.
    if ((match = /^POST \/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) {
      const failure = this.#callbackFailures.shift();
      if (failure?.retryAfter !== undefined) {
        const body = { message: failure.message, retry_after: failure.retryAfter, global: false, code: failure.code };
        res.writeHead(failure.status, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfter), 'x-ratelimit-scope': 'user' }).end(JSON.stringify(body));
        this.#record(request);
        return;
      }
      if (failure) {
        reply(failure.status, { message: failure.message, code: failure.code });
        this.#record(request);
        return;
      }
      // A reply (4) or a deferral (5) creates the original response message; an update (7) edits the clicked one.
      const created = body?.type === 4 || body?.type === 5 ? this.#original(match[2]!, body?.type === 4 ? body.data : { flags: body?.data?.flags }) : undefined;
      const updated = body?.type === 7 ? this.#interactions.get(match[2]!)?.message : undefined;
      if (updated) this.#keep(this.#message(updated.id, updated.channel_id, body.data, updated.webhook_id));
      this.#record(request);
      const message = created ?? (updated ? this.sent.get(updated.id) : undefined);
      if (this.callbackLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.callbackLatencyMs));
      if (url.searchParams.get('with_response') === 'true') {
        reply(200, {
          interaction: {
            id: match[1],
            type: 2,
            ...(message && { response_message_id: message.id, response_message_loading: body?.type === 5, response_message_ephemeral: (message.flags & 64) === 64 }),
          },
          resource: { type: body?.type, ...(message && body?.type !== 5 && { message }) },
        });
      } else reply(204);
      return;
    }
    if ((match = /^(PATCH|GET) \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(route))) {
      const id = match[4] === '@original' ? (this.#originals.get(match[3]!) ?? this.snowflake()) : match[4]!;
      const before = this.sent.get(id);
      const message = this.#message(id, before?.channel_id ?? CHANNEL_ID, match[1] === 'PATCH' ? { ...before, ...body } : before, match[2]);
      if (match[1] === 'PATCH') this.#keep(message);
      request.response = message;
      this.#record(request);
      reply(200, message);
      return;
    }
    if ((match = /^DELETE \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(route))) {
      this.#record(request);
      reply(204);
      return;
    }
    if ((match = /^POST \/webhooks\/(\d+)\/([^/]+)$/.exec(route))) {
      const message = this.#keep(this.#message(this.snowflake(), CHANNEL_ID, body, match[1]));
      request.response = message;
      this.#record(request);
      reply(200, message);
      return;
    }

    this.#record(request);
    if (!authorized) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    if (route === 'GET /gateway/bot') {
      reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    } else if (route === 'GET /gateway') {
      reply(200, { url: this.gatewayUrl });
    } else if (route === 'GET /users/@me') {
      reply(200, BOT_USER);
    } else if ((match = /^POST \/channels\/(\d+)\/messages$/.exec(route))) {
      const message = this.#keep(this.#message(this.snowflake(), match[1]!, body));
      request.response = message;
      reply(200, message);
    } else if (route === 'POST /users/@me/channels') {
      if (this.dmsClosed) reply(403, { message: 'Cannot send messages to this user', code: 50007 });
      else reply(200, { id: DM_CHANNEL_ID, type: 1, last_message_id: null, flags: 0, recipients: [[HUMAN, OTHER_HUMAN].find((u) => u.id === body?.recipient_id) ?? HUMAN] });
    } else if (/^POST \/channels\/(\d+)\/typing$/.test(route)) {
      reply(204);
    } else if ((match = /^(PUT|GET) \/(applications\/\d+(?:\/guilds\/\d+)?\/commands)$/.exec(route))) {
      if (match[1] === 'PUT') {
        const commands = (body as Json[]).map((c) => ({ ...c, id: this.#commandId(match![2]!, c.name), application_id: APP_ID, version: '1', default_member_permissions: null, type: c.type ?? 1 }));
        this.registered.set(match[2]!, commands);
      }
      reply(200, this.registered.get(match[2]!) ?? []);
    } else {
      reply(404, { message: '404: Not Found', code: 0 });
    }
  }

  /** The original response message of an interaction (made once per token), kept in `sent`. */
  #original(token: string, data: Json): Json {
    const existing = this.#originals.get(token);
    if (existing) return this.sent.get(existing);
    const message = this.#keep(this.#message(this.snowflake(), this.#interactions.get(token)?.channelId ?? CHANNEL_ID, data, APP_ID));
    this.#originals.set(token, message.id);
    return message;
  }

  #keep(message: Json): Json {
    this.sent.set(message.id, message);
    return message;
  }

  #record(request: RecordedRequest): void {
    this.requests.push(request);
    this.#events.emit('request');
  }

  // The same command keeps its id across overwrites, as on Discord.
  #commandId(route: string, name: string): string {
    const existing = this.registered.get(route)?.find((c) => c.name === name);
    return existing?.id ?? this.snowflake();
  }

  #message(id: string, channelId: string, body: Json, webhookId?: string): Json {
    return {
      id,
      channel_id: channelId,
      author: BOT_USER,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      components: body?.components ?? [],
      pinned: false,
      type: body?.message_reference ? 19 : 0,
      flags: body?.flags ?? 0,
      ...(body?.message_reference && { message_reference: { ...body.message_reference, channel_id: channelId } }),
      ...(webhookId && { webhook_id: webhookId, application_id: APP_ID }),
    };
  }
}

/** Builds a Discord user mention as it appears in message text. */
export function mention(user: { id: string }): string {
  return `<@${user.id}>`;
}

/** Everything a message payload shows a reader: content, embed titles, descriptions, footers. */
export function visibleText(body: Json): string {
  const data = body?.data ?? body;
  const embeds: Json[] = data?.embeds ?? [];
  return [data?.content ?? '', ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f: Json) => [f.name, f.value])])].join('\n');
}
