/** Thrown by QuestionScheduler.run when even the queue is full. */
export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

/** Options of a QuestionScheduler. */
export interface QuestionSchedulerOptions {
  /** Tasks running at once. */
  max: number;
  /** Tasks waiting at most; one more is refused with QueueFullError. Default 1,000 (DEFAULT_MAX_QUEUE). */
  maxQueue?: number;
  /** Longest stretch of the event loop spent starting tasks before pending I/O gets its turn, in ms (at least one task a turn). Default 1. */
  sliceMs?: number;
}

/**
 * Questions that may wait before the next is turned away "busy": the README's documented 1,000. At about a
 * millisecond an answer (bench/load.ts), a full queue is answered within a second or two.
 */
export const DEFAULT_MAX_QUEUE = 1_000;

interface Waiting {
  task: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The time-sliced question pump: questions start in arrival order from a pump that runs in its own event-loop
 * turn and gives the loop back after `sliceMs`, so requests that arrive meanwhile are acknowledged between answers
 * instead of waiting for a whole burst of answers, while quick answers still go many to a turn (throughput is not
 * capped). More than `maxQueue` waiting: the latest are turned away. `max` caps the questions in progress at once,
 * which binds only for answers that take time (a promise); today's engine answers synchronously.
 */
export class QuestionScheduler {
  readonly max: number;
  readonly maxQueue: number;
  readonly sliceMs: number;
  #active = 0;
  #pumpScheduled = false;
  readonly #waiting: Waiting[] = [];

  constructor(options: QuestionSchedulerOptions) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new Error(`QuestionScheduler: max must be a whole number of at least 1 (got ${options.max})`);
    this.max = options.max;
    this.maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
    this.sliceMs = options.sliceMs ?? 1;
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
  run<T>(task: () => T | Promise<T>): Promise<T> {
    if (this.#active >= this.max && this.#waiting.length >= this.maxQueue) return Promise.reject(this.#full());
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#pumpScheduled || this.#waiting.length === 0 || this.#active >= this.max) return;
    this.#pumpScheduled = true;
    // setImmediate runs after the I/O already waiting; one scheduled from the pump runs in the next turn.
    setImmediate(() => this.#pump());
  }

  #pump(): void {
    this.#pumpScheduled = false;
    const started = performance.now();
    // At least one task a turn, then more while the slice lasts.
    do {
      if (this.#waiting.length === 0 || this.#active >= this.max) break;
      this.#start(this.#waiting.shift()!);
    } while (performance.now() - started < this.sliceMs);
    // What arrived in one burst and still waits once the free slots are taken is the queue: beyond its
    // bound, the latest arrivals are turned away.
    if (this.#active >= this.max) {
      while (this.#waiting.length > this.maxQueue) this.#waiting.pop()!.reject(this.#full());
    }
    this.#schedule();
  }

  #full(): QueueFullError {
    return new QueueFullError(`${this.#waiting.length} questions are waiting already`);
  }

  #start({ task, resolve, reject }: Waiting): void {
    this.#active += 1;
    let result: unknown;
    try {
      result = task();
    } catch (error) {
      this.#active -= 1;
      reject(error);
      return;
    }
    if (!(result instanceof Promise)) {
      this.#active -= 1;
      resolve(result);
      return;
    }
    result.then(resolve, reject).finally(() => {
      this.#active -= 1;
      this.#schedule();
    });
  }
}
