/** Thrown by ConcurrencyLimiter.run when even the queue is full. */
export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

/** Options of a ConcurrencyLimiter. */
export interface ConcurrencyLimiterOptions {
  /** Tasks running at once. */
  max: number;
  /** Tasks waiting at most; one more is refused with QueueFullError. Default 1000. */
  maxQueue?: number;
}

/**
 * A semaphore for questions: at most `max` run at once, the rest wait in arrival order (never refused
 * unless `maxQueue` are already waiting). A task first lets the event loop finish the I/O it is handling
 * (setImmediate): requests that arrived together are all acknowledged before any of them is answered, and
 * every question that came in during one turn is still answered in that same turn, so throughput is not capped.
 */
export class ConcurrencyLimiter {
  readonly max: number;
  readonly maxQueue: number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: ConcurrencyLimiterOptions) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new Error(`ConcurrencyLimiter: max must be a whole number of at least 1 (got ${options.max})`);
    this.max = options.max;
    this.maxQueue = options.maxQueue ?? 1000;
  }

  /** Tasks running now. */
  get active(): number {
    return this.#active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.#waiting.length;
  }

  /** Runs `task` when a slot is free and resolves with its result; rejects with QueueFullError when the queue is full. */
  async run<T>(task: () => T | Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.#active < this.max && this.#waiting.length === 0) {
      this.#active += 1;
    } else {
      if (this.#waiting.length >= this.maxQueue) throw new QueueFullError(`${this.#waiting.length} questions are waiting already`);
      // release() hands its slot straight to the first waiter, so #active stays counted for it.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active -= 1;
  }
}
