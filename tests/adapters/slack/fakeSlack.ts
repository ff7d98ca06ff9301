import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local fake of Slack that speaks its wire protocol, so the real Bolt App is under test:
 * the Web API (`/api/<method>`: auth.test, apps.connections.open, chat.postMessage, chat.postEphemeral, views.publish and
 * assistant.threads.setStatus / setTitle / setSuggestedPrompts), response_url endpoints,
 * a Socket Mode WebSocket (hello, envelopes, acks), and signed HTTP requests to an app in HTTP mode.
 */

/** A Web API call the app made. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  /** What the fake answered (ok, ts, …), once it has. */
  result?: Record<string, unknown>;
}

/** A message the app posted to a response_url. */
export interface ResponsePost {
  /** The id in the response_url (one per slash command or button click). */
  id: string;
  body: Record<string, unknown>;
}

/** What an HTTP request to the app got back. */
export interface AppResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the full response. */
  ms: number;
}

export const TEAM_ID = 'T0FAKE';
export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
const APP_ID = 'A0FAKE';
export const BOT_TOKEN = 'xoxb-fake-bot-token';
export const APP_TOKEN = 'xapp-1-fake-app-token';
export const SIGNING_SECRET = 'fake-signing-secret';

/** Slack's limits the fake enforces: blocks in a Home tab view, and suggested prompts per assistant thread. */
export const MAX_VIEW_BLOCKS = 100;
export const MAX_SUGGESTED_PROMPTS = 4;

/** Signs a request body the way Slack does: v0 HMAC-SHA256 of `v0:${timestamp}:${body}`. */
export function signSlackRequest(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The local fake Slack; start it with startFakeSlack(). */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Acks received over the socket, by envelope id. */
  readonly acks = new Map<string, Record<string, unknown>>();
  /** Sockets that ever connected, and how many are closed. */
  socketsOpened = 0;
  socketsClosed = 0;

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #failures = new Map<string, string[]>();
  readonly #assistantThreads = new Set<string>();
  #responseStatus = 200;
  #responseDelayMs = 0;
  #waiters: (() => void)[] = [];
  #ts = 1_700_000_000;

  constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ server: this.#server, path: '/socket-mode' });
    this.#wss.on('connection', (socket) => {
      this.socketsOpened += 1;
      this.#sockets.add(socket);
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
        if (message.envelope_id) this.acks.set(message.envelope_id, message.payload ?? {});
        this.#notify();
      });
      socket.on('close', () => {
        this.socketsClosed += 1;
        this.#sockets.delete(socket);
        this.#notify();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: APP_ID }, debug_info: { host: 'fake' } }));
      this.#notify();
    });
  }

  /** Listens on a free local port. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The Web API base to give the app (SLACK_API_URL). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A fresh response_url, as Slack puts in every slash command and interaction. */
  newResponseUrl(): { id: string; url: string } {
    const id = randomUUID();
    return { id, url: `${this.origin}/response/${id}` };
  }

  /** Makes the next call(s) of a Web API method fail with a Slack error. */
  failNext(method: string, error = 'internal_error', times = 1): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...Array<string>(times).fill(error)]);
  }

  /** Makes response_url posts answer with this HTTP status (200 by default). */
  setResponseStatus(status: number): void {
    this.#responseStatus = status;
  }

  /** Makes response_url posts wait this long before they are recorded and answered (a slow Slack). */
  setResponseDelay(ms: number): void {
    this.#responseDelayMs = ms;
  }

  /** Calls of one Web API method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `check` returns something truthy (re-checked on every request the fake sees). */
  async waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Slack: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the posts to one response_url. */
  async responsesTo(id: string, count = 1): Promise<ResponsePost[]> {
    return this.waitFor(() => {
      const posts = this.responses.filter((r) => r.id === id);
      return posts.length >= count && posts;
    }, `${count} post(s) to response_url ${id}`);
  }

  /** Posts a form-encoded slash command to an app in HTTP mode, signed unless told otherwise. */
  async sendSlashCommand(
    appUrl: string,
    text: string,
    options: { responseUrl?: string; userId?: string; channelId?: string; timestamp?: number; signature?: string } = {},
  ): Promise<AppResponse> {
    return this.postToApp(appUrl, new URLSearchParams(this.slashCommandFields(text, options)).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** The fields Slack sends for a slash command. */
  slashCommandFields(text: string, options: { responseUrl?: string; userId?: string; channelId?: string } = {}): Record<string, string> {
    return {
      token: 'legacy-verification-token',
      team_id: TEAM_ID,
      team_domain: 'fake',
      channel_id: options.channelId ?? 'C0GENERAL',
      channel_name: 'general',
      user_id: options.userId ?? 'U0ASKER',
      user_name: 'asker',
      command: '/isf',
      text,
      api_app_id: APP_ID,
      is_enterprise_install: 'false',
      response_url: options.responseUrl ?? this.newResponseUrl().url,
      trigger_id: `${Date.now()}.trigger`,
    };
  }

  /** An Events API envelope (event_callback) around one event. */
  eventCallback(event: Record<string, unknown>): Record<string, unknown> {
    return {
      token: 'legacy-verification-token',
      team_id: TEAM_ID,
      api_app_id: APP_ID,
      event: { event_ts: event.ts, ...event },
      type: 'event_callback',
      event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
  }

  /** A block_actions payload: a user clicked a button (or, with `type: 'feedback_buttons'`, 👍/👎) of a message. */
  blockActions(
    action: { action_id: string; value: string; type?: 'button' | 'feedback_buttons' },
    options: { userId: string; channelId: string; responseUrl: string; ephemeral?: boolean },
  ): Record<string, unknown> {
    return {
      type: 'block_actions',
      user: { id: options.userId, username: 'sharer', name: 'sharer', team_id: TEAM_ID },
      api_app_id: APP_ID,
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: options.channelId, is_ephemeral: options.ephemeral ?? true },
      trigger_id: `${Date.now()}.trigger`,
      team: { id: TEAM_ID, domain: 'fake' },
      is_enterprise_install: false,
      channel: { id: options.channelId, name: 'general' },
      response_url: options.responseUrl,
      actions: [{ block_id: 'b1', type: 'button', text: { type: 'plain_text', text: 'Share to channel' }, ...action, action_ts: `${Date.now() / 1000}` }],
    };
  }

  /** Opens a thread in the assistant panel: the app gets assistant_thread_started (the panel's DM channel and the thread). */
  async startAssistantThread(appUrl: string, options: { userId: string; channelId: string; threadTs: string; viewing?: string }): Promise<AppResponse> {
    this.#assistantThreads.add(`${options.channelId}:${options.threadTs}`);
    return this.sendEvent(appUrl, {
      type: 'assistant_thread_started',
      assistant_thread: { user_id: options.userId, context: { channel_id: options.viewing ?? 'C0GENERAL', team_id: TEAM_ID, enterprise_id: null }, channel_id: options.channelId, thread_ts: options.threadTs },
      event_ts: `${Date.now() / 1000}`,
    });
  }

  /** Posts a JSON event callback to an app in HTTP mode, signed. */
  async sendEvent(appUrl: string, event: Record<string, unknown>): Promise<AppResponse> {
    return this.postToApp(appUrl, JSON.stringify(this.eventCallback(event)), 'application/json');
  }

  /** Posts a button click (form field `payload`) to an app in HTTP mode, signed. */
  async sendBlockAction(appUrl: string, payload: Record<string, unknown>): Promise<AppResponse> {
    return this.postToApp(appUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  /** Posts a raw body to the app with Slack's signature headers (or the ones given). */
  async postToApp(appUrl: string, body: string, contentType: string, options: { timestamp?: number; signature?: string } = {}): Promise<AppResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const started = performance.now();
    const response = await fetch(appUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': options.signature ?? signSlackRequest(body, timestamp),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text, ms: performance.now() - started };
  }

  /** Sends a Socket Mode envelope to the connected app and waits for its ack. */
  async sendEnvelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: unknown): Promise<{ ack: Record<string, unknown>; ms: number }> {
    const socket = [...this.#sockets][0];
    if (!socket) throw new Error('fake Slack: no Socket Mode connection');
    const envelopeId = randomUUID();
    const started = performance.now();
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    const ack = await this.waitFor(() => this.acks.get(envelopeId), `the ack of envelope ${envelopeId}`);
    return { ack, ms: performance.now() - started };
  }

  /** Number of open Socket Mode connections. */
  get openSockets(): number {
    return this.#sockets.size;
  }

  /** Closes the fake. Stop the app first: a socket still open is closed from here. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.#server.close((error) => (error ? reject(error) : resolve())));
  }

  #notify(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    try {
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) this.#api(url.pathname.slice(5), req, raw, res);
      else if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
        if (this.#responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#responseDelayMs));
        this.responses.push({ id: url.pathname.slice(10), body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(this.#responseStatus, { 'content-type': 'text/plain' }).end(this.#responseStatus === 200 ? 'ok' : 'no');
      } else res.writeHead(404).end();
    } finally {
      this.#notify();
    }
  }

  #api(method: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const args = parseArgs(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: ApiCall = { method, token, args };
    this.calls.push(call);
    const reply = (body: Record<string, unknown>): void => {
      call.result = body;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const failure = this.#failures.get(method)?.shift();
    if (failure) return reply({ ok: false, error: failure });
    switch (method) {
      case 'auth.test':
        if (token !== BOT_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        return reply({ ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'isf', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false });
      case 'apps.connections.open':
        if (token !== APP_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        return reply({ ok: true, url: `${this.origin.replace('http', 'ws')}/socket-mode` });
      case 'chat.postMessage': {
        if (token !== BOT_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        this.#ts += 1;
        return reply({ ok: true, channel: args.channel, ts: `${this.#ts}.000100`, message: { text: args.text, user: BOT_USER_ID, bot_id: BOT_ID } });
      }
      case 'chat.postEphemeral': {
        if (token !== BOT_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        this.#ts += 1;
        return reply({ ok: true, message_ts: `${this.#ts}.000200` });
      }
      case 'views.publish': {
        if (token !== BOT_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        const view = args.view as { type?: string; blocks?: unknown[] } | undefined;
        if (typeof args.user_id !== 'string' || view?.type !== 'home' || !Array.isArray(view.blocks)) return reply({ ok: false, error: 'invalid_arguments' });
        if (view.blocks.length > MAX_VIEW_BLOCKS) return reply({ ok: false, error: 'invalid_blocks' });
        return reply({ ok: true, view: { id: `V${this.calls.length}`, type: 'home', blocks: view.blocks } });
      }
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setTitle':
      case 'assistant.threads.setSuggestedPrompts': {
        if (token !== BOT_TOKEN) return reply({ ok: false, error: 'invalid_auth' });
        if (typeof args.channel_id !== 'string' || typeof args.thread_ts !== 'string') return reply({ ok: false, error: 'invalid_arguments' });
        // Slack keeps these to threads of its assistant panel.
        if (!this.#assistantThreads.has(`${args.channel_id}:${args.thread_ts}`)) return reply({ ok: false, error: 'invalid_thread' });
        if (method.endsWith('setSuggestedPrompts') && (!Array.isArray(args.prompts) || args.prompts.length === 0 || args.prompts.length > MAX_SUGGESTED_PROMPTS)) {
          return reply({ ok: false, error: 'invalid_arguments' });
        }
        return reply({ ok: true });
      }
      default:
        return reply({ ok: false, error: 'unknown_method' });
    }
  }
}

/** Starts a fake Slack on a free local port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const fake = new FakeSlack();
  await fake.listen();
  return fake;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API arguments, form-encoded or JSON; JSON-valued fields (blocks) are parsed. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return args;
}
