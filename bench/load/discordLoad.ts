import { performance } from 'node:perf_hooks';
import { APP_ID, HUMAN, type FakeDiscord, type RecordedRequest } from '../../tests/adapters/discord/fakeDiscord.ts';
import { runPool, summarize } from './stats.ts';
import { classifyReplyText, noErrors, type RunResult } from './types.ts';

/** One Discord load: M `/isf ask` interactions dispatched through the fake gateway, C at a time. */
export interface DiscordLoadOptions {
  label: string;
  questions: readonly string[];
  requests: number;
  concurrency: number;
  /** Distinct users the interactions cycle through. */
  users: number;
  /** Discord's window for the initial response, ms. */
  ackTimeoutMs: number;
  /** How long to wait for the edits of deferred replies after the last callback, ms. */
  settleMs: number;
}

// Interaction response types: 4 = a message now, 5 = deferred ("thinking…"), edited in later.
const REPLY_NOW = 4;
const DEFERRED = 5;

type SeenRequest = RecordedRequest & { seenAt: number };

/**
 * Watches the fake's REST requests as they are recorded and hands each to whoever waits for its route.
 * (The fake's waitForRequest rescans every request for every waiter; with 50 waiters and thousands of
 * requests that costs more than the bot does, so one observer on the fake's request list does it instead.)
 */
class RequestWatcher {
  readonly #requests: RecordedRequest[];
  readonly #waiting = new Map<string, (request: SeenRequest) => void>();
  readonly #seen = new Map<string, SeenRequest>();

  constructor(fake: FakeDiscord) {
    this.#requests = fake.requests;
    // The fake records a request by pushing it onto this list: observing the push times it exactly.
    const requests = this.#requests;
    const push = Array.prototype.push;
    requests.push = (...items: RecordedRequest[]): number => {
      const length = push.apply(requests, items);
      for (const item of items) this.#hand(Object.assign(item, { seenAt: performance.now() }));
      return length;
    };
  }

  /** Resolves with the first request to `route` ("METHOD /path") since the watcher started, or undefined after `timeoutMs`. */
  next(route: string, timeoutMs: number): Promise<SeenRequest | undefined> {
    const seen = this.#seen.get(route);
    if (seen) {
      this.#seen.delete(route);
      return Promise.resolve(seen);
    }
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(route);
        done(undefined);
      }, timeoutMs);
      this.#waiting.set(route, (request) => {
        clearTimeout(timer);
        done(request);
      });
    });
  }

  /** Stops observing: the fake's list is a plain array again. */
  stop(): void {
    delete (this.#requests as { push?: unknown }).push;
    this.#seen.clear();
  }

  #hand(request: SeenRequest): void {
    const route = `${request.method} ${request.path}`;
    const waiter = this.#waiting.get(route);
    if (waiter) {
      this.#waiting.delete(route);
      waiter(request);
    } else this.#seen.set(route, request);
  }
}

/**
 * Dispatches `/isf ask` interactions through the fake gateway to the connected bot and times each one to
 * its interaction callback (the initial response, as Discord's 3-second window counts it). A deferred
 * reply must be edited in later; every answer is checked not to be an apology or a rate-limit notice.
 */
export async function runDiscordLoad(fake: FakeDiscord, options: DiscordLoadOptions): Promise<RunResult> {
  const errors = noErrors();
  const latencies: number[] = [];
  const watcher = new RequestWatcher(fake);
  const edits: Promise<void>[] = [];
  let replies = 0;
  const judge = (body: { content?: string; embeds?: { title?: string; description?: string; footer?: { text?: string } }[] }): void => {
    replies += 1;
    // The content repeats the user's question; the embeds are the bot's own words.
    const kind = classifyReplyText((body.embeds ?? []).map((e) => [e.title, e.description, e.footer?.text].join('\n')).join('\n') || (body.content ?? ''));
    if (kind === 'apology') errors.apologies += 1;
    else if (kind === 'throttled') errors.throttled += 1;
    else if (kind === 'busy') errors.busy += 1;
  };

  const started = performance.now();
  await runPool(options.requests, options.concurrency, async (index) => {
    const question = options.questions[index % options.questions.length]!;
    const userIndex = index % options.users;
    const user = { ...HUMAN, id: (400000000000100000n + BigInt(userIndex)).toString(), username: `reader${userIndex}` };
    const sentAt = performance.now();
    const interaction = fake.sendCommand('ask', { question }, { user });
    const callback = await watcher.next(`POST /interactions/${interaction.id}/${interaction.token}/callback`, options.ackTimeoutMs);
    if (!callback) {
      errors.timeouts += 1;
      return;
    }
    const type = (callback.body as { type?: number } | undefined)?.type;
    if (type === REPLY_NOW) {
      latencies.push(callback.seenAt - sentAt);
      judge((callback.body as { data?: object }).data ?? {});
    } else if (type === DEFERRED) {
      latencies.push(callback.seenAt - sentAt);
      edits.push(
        watcher.next(`PATCH /webhooks/${APP_ID}/${interaction.token}/messages/@original`, options.settleMs).then((edit) => {
          if (edit) judge(edit.body as object);
          else errors.missingReplies += 1;
        }),
      );
    } else {
      errors.badStatus += 1;
    }
  });
  await Promise.all(edits);
  watcher.stop();
  const wallMs = performance.now() - started;
  return { label: options.label, requests: options.requests, acked: latencies.length, replies, latency: summarize(latencies), wallMs, errors };
}
