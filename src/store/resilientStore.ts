import type { Logger } from '../logger.ts';
import { MemoryStore } from './memoryStore.ts';
import type { JsonValue, QuestionRecord, Report, ReportRange, Store, StoreEngine, StoreHealth, VoteRecord, RateVerdict } from './types.ts';

/** Options of a ResilientStore. */
export interface ResilientStoreOptions {
  /** Opens the database store; called again after a failed open until it succeeds. */
  open: () => Promise<Store>;
  /** The engine that open() gives, for health before it has opened. */
  engine: StoreEngine;
  logger: Logger;
  /** Longest wait for one database operation before it counts as failed, ms. Default 3000. */
  operationTimeoutMs?: number;
  /** Longest wait for open() (connect and migrate), ms. Default 15 000. */
  openTimeoutMs?: number;
  /** Pause between attempts to reach the database again while it is down, ms. Default 1000. */
  retryIntervalMs?: number;
  /** Writes kept at most while the database is down; past it the oldest are dropped (and counted). Default 10 000. */
  maxPendingWrites?: number;
  /** The clock of the in-process fallback, ms. Default `Date.now`. */
  now?: () => number;
}

type PendingWrite = { kind: 'question'; value: QuestionRecord } | { kind: 'vote'; value: VoteRecord } | { kind: 'thread'; key: string; context: JsonValue; ttlMs: number };

// A few seconds: a healthy database answers in milliseconds, and a question should not wait long on a sick one.
const DEFAULT_OPERATION_TIMEOUT_MS = 3000;
// Opening connects and runs migrations, replicas one at a time (an advisory lock): on a loaded machine that took
// over 3 s for two replicas starting together, so it gets longer than a single statement.
const DEFAULT_OPEN_TIMEOUT_MS = 15_000;
// Once a second: a restarted database is back in use within about a second of answering again.
const DEFAULT_RETRY_INTERVAL_MS = 1000;
// About an hour of a busy team's questions and votes, a few MB at most.
const DEFAULT_MAX_PENDING_WRITES = 10_000;

/**
 * The store the bot uses: a database store behind a circuit breaker. While the database answers, every call
 * goes to it. When a call fails or times out the store counts the failure, logs once that it is down, and
 * from then on serves the shared state (rate limits, claims, thread context) from an in-process MemoryStore and
 * keeps the writes (questions, votes, thread context) in order in a bounded buffer, so the bot keeps
 * answering. Every retryIntervalMs it tries the database again; the first success writes the buffer out in
 * order and switches back. Writes are idempotent (question ids) or upserts, so a write retried after a
 * timeout that did land is harmless.
 */
export class ResilientStore implements Store {
  readonly engine: StoreEngine;
  readonly #options: ResilientStoreOptions;
  readonly #logger: Logger;
  readonly #fallback: MemoryStore;
  readonly #timeoutMs: number;
  readonly #openTimeoutMs: number;
  readonly #retryMs: number;
  readonly #maxPending: number;
  readonly #pending: PendingWrite[] = [];
  #primary: Store | undefined;
  #up = false;
  #failures = 0;
  #dropped = 0;
  #timer: NodeJS.Timeout | undefined;
  #recovering: Promise<void> | undefined;
  #closed = false;

  constructor(options: ResilientStoreOptions) {
    this.#options = options;
    this.engine = options.engine;
    this.#logger = options.logger;
    this.#fallback = new MemoryStore(options.now ? { now: options.now } : {});
    this.#timeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
    this.#openTimeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
    this.#retryMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS;
    this.#maxPending = options.maxPendingWrites ?? DEFAULT_MAX_PENDING_WRITES;
  }

  /** Opens the database; when it cannot, logs, stays down (fallbacks on) and keeps trying in the background. */
  async start(): Promise<void> {
    await this.#recover();
  }

  /** Keeps one question: in the database, or in the buffer while it is down. */
  async recordQuestion(question: QuestionRecord): Promise<void> {
    await this.#write({ kind: 'question', value: question });
  }

  /** Records or changes a vote: in the database, or in the buffer while it is down. */
  async recordVote(vote: VoteRecord): Promise<void> {
    await this.#write({ kind: 'vote', value: vote });
  }

  /** The thread's context: from the database, or from the process's memory while it is down. */
  async getThread(key: string): Promise<JsonValue | undefined> {
    const local = await this.#fallback.getThread(key);
    // A context written during an outage may be newer than the database's copy until the buffer is out.
    if (!this.#up || this.#pending.length > 0) return local;
    return this.#call('getThread', (s) => s.getThread(key), () => local);
  }

  /** Stores a thread's context (kept in memory too, so it is readable while the database is down). */
  async putThread(key: string, context: JsonValue, ttlMs: number): Promise<void> {
    await this.#fallback.putThread(key, context, ttlMs);
    await this.#write({ kind: 'thread', key, context, ttlMs });
  }

  /** One hit on the shared window; in-process while the database is down. */
  async hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateVerdict> {
    return this.#call('hitRateLimit', (s) => s.hitRateLimit(key, limit, windowMs), () => this.#fallback.hitRateLimitNow(key, limit, windowMs));
  }

  /** Claims an event id across replicas; in-process while the database is down. */
  async claimEvent(eventId: string): Promise<boolean> {
    return this.#call('claimEvent', (s) => s.claimEvent(eventId), () => this.#fallback.claimEventNow(eventId));
  }

  /** Claims a key for ttlMs across replicas; in-process while the database is down. */
  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.#call('claimOnce', (s) => s.claimOnce(key, ttlMs), () => this.#fallback.claimOnceNow(key, ttlMs));
  }

  /** Purges old rows in the database (and the fallback); 0 while the database is down. */
  async purgeOlderThan(days: number): Promise<number> {
    await this.#fallback.purgeOlderThan(days);
    return this.#call('purgeOlderThan', (s) => s.purgeOlderThan(days), () => 0);
  }

  /** The report from the database; throws while it is down (a report of half the data would mislead). */
  async report(range: ReportRange): Promise<Report> {
    if (!this.#up || !this.#primary) throw new Error('store: the database is not reachable, so there is no report right now');
    return this.#withTimeout(this.#primary.report(range));
  }

  /** Up or down, failures since start, writes waiting (dropped ones count as failures). */
  health(): StoreHealth {
    return { engine: this.engine, up: this.#up, failures: this.#failures, pendingWrites: this.#pending.length };
  }

  /** Stops retrying, writes out what it can of the buffer (one attempt), and closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#recovering;
    if (this.#primary && this.#pending.length > 0) await this.#flush().catch(() => undefined);
    if (this.#pending.length > 0) this.#logger.error({ pendingWrites: this.#pending.length }, 'store: closing with writes the database never took; they are lost');
    await this.#primary?.close().catch(() => undefined);
  }

  async #write(write: PendingWrite): Promise<void> {
    // Behind a non-empty buffer a write waits its turn, so a changed vote never lands before the vote it changes.
    if (!this.#up || this.#pending.length > 0) {
      this.#buffer(write);
      return;
    }
    try {
      await this.#withTimeout(applyWrite(this.#primary!, write));
    } catch (error) {
      this.#fail('write', error);
      this.#buffer(write);
    }
  }

  #buffer(write: PendingWrite): void {
    this.#pending.push(write);
    if (this.#pending.length > this.#maxPending) {
      this.#pending.shift();
      this.#dropped += 1;
      this.#failures += 1;
      if (this.#dropped === 1 || this.#dropped % 1000 === 0) this.#logger.error({ dropped: this.#dropped, maxPendingWrites: this.#maxPending }, 'store: write buffer full; dropping the oldest writes');
    }
    this.#scheduleRecovery();
  }

  async #call<T>(what: string, primary: (store: Store) => Promise<T>, fallback: () => T): Promise<T> {
    if (!this.#up || !this.#primary) return fallback();
    try {
      return await this.#withTimeout(primary(this.#primary));
    } catch (error) {
      this.#fail(what, error);
      return fallback();
    }
  }

  #fail(what: string, error: unknown): void {
    this.#failures += 1;
    if (this.#up) {
      this.#up = false;
      // The message only: a driver's error object may carry the statement's parameters (question text).
      this.#logger.warn({ engine: this.engine, op: what, error: errorMessage(error) }, 'store: database unreachable; answering on in-process limits and buffering writes');
    }
    this.#scheduleRecovery();
  }

  #scheduleRecovery(): void {
    if (this.#closed || this.#timer || this.#recovering || (this.#up && this.#pending.length === 0)) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#recover();
    }, this.#retryMs);
    this.#timer.unref();
  }

  #recover(): Promise<void> {
    this.#recovering ??= (async () => {
      try {
        if (!this.#primary) {
          const opening = this.#options.open();
          // An open that answers after its timeout is closed, not leaked: the next attempt opens afresh.
          opening.catch(() => undefined);
          this.#primary = await this.#withTimeout(opening, this.#openTimeoutMs).catch(async (error: unknown) => {
            void opening.then((late) => late.close()).catch(() => undefined);
            throw error;
          });
          this.#logger.info({ engine: this.engine }, 'store: database open');
        } else if (!this.#up) {
          // A cheap probe that touches the database: a claim of a key nobody else uses.
          await this.#withTimeout(this.#primary.claimOnce(`probe:${process.pid}:${Date.now()}`, 1));
        }
        await this.#flush();
        if (!this.#up) {
          const wasDown = this.#failures > 0;
          this.#up = true;
          if (wasDown) this.#logger.info({ engine: this.engine, failures: this.#failures }, 'store: database reachable again; buffered writes written');
        }
      } catch (error) {
        this.#failures += 1;
        if (this.#failures === 1 || !this.#primary) this.#logger.warn({ engine: this.engine, error: errorMessage(error) }, 'store: cannot reach the database; retrying');
      } finally {
        this.#recovering = undefined;
      }
      this.#scheduleRecovery();
    })();
    return this.#recovering;
  }

  // Writes the buffer out oldest first; stops (keeping the rest) at the first failure.
  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      await this.#withTimeout(applyWrite(this.#primary!, this.#pending[0]!));
      this.#pending.shift();
    }
  }

  #withTimeout<T>(work: Promise<T>, timeoutMs = this.#timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`store: no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

function applyWrite(store: Store, write: PendingWrite): Promise<void> {
  if (write.kind === 'question') return store.recordQuestion(write.value);
  if (write.kind === 'vote') return store.recordVote(write.value);
  return store.putThread(write.key, write.context, write.ttlMs);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
