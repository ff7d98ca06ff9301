import { slideWindow } from '../store/slidingWindow.ts';
import type { RateVerdict } from '../store/types.ts';

export type { RateVerdict } from '../store/types.ts';

/** Options of a RateLimiter. */
export interface RateLimiterOptions {
  /** Questions one key may ask per window. */
  limit: number;
  /** Length of the sliding window in ms. Default 60 000 (a minute). */
  windowMs?: number;
  /** The clock, in ms; tests pass a fake one. Default `Date.now`. */
  now?: () => number;
}

/**
 * A sliding-window rate limit per key (`${platform}:${userId}`): a key may take `limit` questions in any
 * window of `windowMs`. Only allowed questions count, so a user who keeps asking while limited gets
 * through again as soon as the window has room. Keys with nothing left in the window are swept, so
 * memory stays bounded by the users active in the last window.
 */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #now: () => number;
  // Times of the allowed questions of each key, oldest first.
  readonly #times = new Map<string, number[]>();
  #lastSweep: number;

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`RateLimiter: limit must be a whole number of at least 1 (got ${options.limit})`);
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.#now = options.now ?? Date.now;
    this.#lastSweep = this.#now();
  }

  /** Counts a question for `key` if the window has room; otherwise says how long until it has. */
  take(key: string): RateVerdict {
    const now = this.#now();
    this.#sweep(now);
    const { times, verdict } = slideWindow(this.#times.get(key) ?? [], now, this.limit, this.windowMs);
    this.#times.set(key, times);
    return verdict;
  }

  /** Number of keys remembered now (for tests and diagnostics). */
  get size(): number {
    return this.#times.size;
  }

  // Once a window, forget the keys whose newest question has left the window.
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = now;
    for (const [key, times] of this.#times) {
      if (times.length === 0 || times[times.length - 1]! <= now - this.windowMs) this.#times.delete(key);
    }
  }
}
