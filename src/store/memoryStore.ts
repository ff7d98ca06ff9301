import { buildReport } from './buildReport.ts';
import { slideWindow } from './slidingWindow.ts';
import { EVENT_CLAIM_TTL_MS, type JsonValue, type QuestionRecord, type Report, type ReportRange, type Store, type StoreHealth, type VoteRecord, type RateVerdict } from './types.ts';

/** Options of a MemoryStore. */
export interface MemoryStoreOptions {
  /** The clock, ms; tests pass a fake one. Default `Date.now`. */
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The store in the process's memory: what tests use, and the fallback of the shared state (rate limits,
 * claims) while the database is down. Forgets everything on exit; bounded only by retention and expiry.
 */
export class MemoryStore implements Store {
  readonly engine = 'memory' as const;
  readonly #now: () => number;
  readonly #questions = new Map<string, QuestionRecord>();
  readonly #votes = new Map<string, VoteRecord>();
  readonly #threads = new Map<string, { context: JsonValue; expiresAt: number }>();
  readonly #windows = new Map<string, number[]>();
  readonly #claims = new Map<string, number>();
  #lastSweep: number;

  constructor(options: MemoryStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#lastSweep = this.#now();
  }

  /** Keeps one question; the same id twice keeps the first. */
  async recordQuestion(question: QuestionRecord): Promise<void> {
    if (!this.#questions.has(question.id)) this.#questions.set(question.id, structuredClone(question));
  }

  /** Records or replaces a voter's vote on an answer. */
  async recordVote(vote: VoteRecord): Promise<void> {
    this.#votes.set(`${vote.answerId}\u0000${vote.voterHash}`, structuredClone(vote));
  }

  /** The thread's context, unless it expired. */
  async getThread(key: string): Promise<JsonValue | undefined> {
    const entry = this.#threads.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#threads.delete(key);
      return undefined;
    }
    return structuredClone(entry.context);
  }

  /** Stores a thread's context for ttlMs. */
  async putThread(key: string, context: JsonValue, ttlMs: number): Promise<void> {
    this.#threads.set(key, { context: structuredClone(context), expiresAt: this.#now() + ttlMs });
  }

  /** One hit on the sliding window of key. */
  async hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateVerdict> {
    return this.hitRateLimitNow(key, limit, windowMs);
  }

  /** The same as hitRateLimit, synchronously (the in-process fallback needs no await). */
  hitRateLimitNow(key: string, limit: number, windowMs: number): RateVerdict {
    const now = this.#now();
    this.#sweep(now, windowMs);
    const { times, verdict } = slideWindow(this.#windows.get(key) ?? [], now, limit, windowMs);
    this.#windows.set(key, times);
    return verdict;
  }

  /** True the first time an event id is claimed (within a day). */
  async claimEvent(eventId: string): Promise<boolean> {
    return this.claimEventNow(eventId);
  }

  /** The same as claimEvent, synchronously. */
  claimEventNow(eventId: string): boolean {
    return this.claimOnceNow(`event:${eventId}`, EVENT_CLAIM_TTL_MS);
  }

  /** True the first time key is claimed within ttlMs. */
  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.claimOnceNow(key, ttlMs);
  }

  /** The same as claimOnce, synchronously. */
  claimOnceNow(key: string, ttlMs: number): boolean {
    const now = this.#now();
    const expiresAt = this.#claims.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.#claims.set(key, now + ttlMs);
    return true;
  }

  /** Deletes what is older than days days, and whatever expired. */
  async purgeOlderThan(days: number): Promise<number> {
    const now = this.#now();
    const cutoff = now - days * DAY_MS;
    let deleted = 0;
    for (const [id, q] of this.#questions) {
      if (q.at < cutoff) {
        this.#questions.delete(id);
        deleted += 1;
      }
    }
    for (const [key, v] of this.#votes) if (v.at < cutoff) this.#votes.delete(key);
    for (const [key, t] of this.#threads) if (t.expiresAt <= now) this.#threads.delete(key);
    for (const [key, expiresAt] of this.#claims) if (expiresAt <= now) this.#claims.delete(key);
    return deleted;
  }

  /** The coverage report of a range. */
  async report(range: ReportRange): Promise<Report> {
    const inRange = (at: number): boolean => (range.since === undefined || at >= range.since) && (range.until === undefined || at < range.until);
    const questions = [...this.#questions.values()].filter((q) => inRange(q.at));
    const downVotes = [...this.#votes.values()].filter((v) => v.vote === 'down' && inRange(v.at));
    return buildReport(range, questions, downVotes);
  }

  /** Always up: memory does not go away. */
  health(): StoreHealth {
    return { engine: this.engine, up: true, failures: 0, pendingWrites: 0 };
  }

  /** Nothing to close. */
  async close(): Promise<void> {}

  // Once a window, forget the rate-limit keys and claims that have nothing left in them.
  #sweep(now: number, windowMs: number): void {
    if (now - this.#lastSweep < windowMs) return;
    this.#lastSweep = now;
    for (const [key, times] of this.#windows) if (times.every((t) => t <= now - windowMs)) this.#windows.delete(key);
    for (const [key, expiresAt] of this.#claims) if (expiresAt <= now) this.#claims.delete(key);
  }
}
