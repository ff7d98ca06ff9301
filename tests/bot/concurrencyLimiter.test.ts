import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter, QueueFullError } from '../../src/bot/concurrencyLimiter.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('ConcurrencyLimiter', () => {
  it('runs at most `max` tasks at once and queues the rest, answering every one in arrival order', async () => {
    const limiter = new ConcurrencyLimiter({ max: 3 });
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          started.push(i);
          running += 1;
          peak = Math.max(peak, running);
          expect(limiter.active).toBeLessThanOrEqual(3);
          await sleep(5);
          running -= 1;
          return i * 2;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('turns a task away only when the queue is full', async () => {
    const limiter = new ConcurrencyLimiter({ max: 1, maxQueue: 2 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = limiter.run(() => gate);
    const queued = [limiter.run(() => 'a'), limiter.run(() => 'b')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(limiter.queued).toBe(2);
    await expect(limiter.run(() => 'c')).rejects.toBeInstanceOf(QueueFullError);
    release();
    await first;
    expect(await Promise.all(queued)).toEqual(['a', 'b']);
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = new ConcurrencyLimiter({ max: 1 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      limiter.run(() => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    expect(await limiter.run(() => 'next')).toBe('next');
    expect(limiter.active).toBe(0);
  });

  it('starts a task only after I/O that was already waiting (acknowledgements go first)', async () => {
    const limiter = new ConcurrencyLimiter({ max: 4 });
    let ioDone = false;
    setImmediate(() => (ioDone = true));
    expect(await limiter.run(() => ioDone)).toBe(true);
  });

  it('runs every quick task that arrived in one turn within the next turn, whatever the cap (no throughput limit)', async () => {
    const limiter = new ConcurrencyLimiter({ max: 1 });
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => limiter.run(() => i)));
    clearInterval(ticker);
    expect(results).toHaveLength(500);
    expect(turns).toBeLessThanOrEqual(2);
  });

  it('rejects a max below 1', () => {
    expect(() => new ConcurrencyLimiter({ max: 0 })).toThrow(/ConcurrencyLimiter: max/);
  });
});

describe('ConcurrencyLimiter under slow tasks', () => {
  it('gives pending I/O a turn between slow tasks instead of running the whole burst first', async () => {
    const limiter = new ConcurrencyLimiter({ max: 8, sliceMs: 4 });
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const order: string[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      limiter.run(() => {
        // An acknowledgement that becomes ready while the first task runs.
        if (i === 0) setTimeout(() => order.push('io'), 0);
        busy(3);
        order.push(`task${i}`);
      }),
    );
    await Promise.all(tasks);
    const io = order.indexOf('io');
    expect(io).toBeGreaterThan(0);
    expect(io).toBeLessThan(order.length - 1);
  });
});
