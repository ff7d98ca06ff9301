import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_QUEUE, QuestionScheduler, QueueFullError } from '../../src/bot/questionScheduler.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('QuestionScheduler', () => {
  it('runs at most `max` tasks at once and queues the rest, answering every one in arrival order', async () => {
    const scheduler = new QuestionScheduler({ max: 3 });
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        scheduler.run(async () => {
          started.push(i);
          running += 1;
          peak = Math.max(peak, running);
          expect(scheduler.active).toBeLessThanOrEqual(3);
          await sleep(5);
          running -= 1;
          return i * 2;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(scheduler.active).toBe(0);
    expect(scheduler.queued).toBe(0);
  });

  it('turns a task away only when the queue is full', async () => {
    const scheduler = new QuestionScheduler({ max: 1, maxQueue: 2 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = scheduler.run(() => gate);
    const queued = [scheduler.run(() => 'a'), scheduler.run(() => 'b')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.queued).toBe(2);
    await expect(scheduler.run(() => 'c')).rejects.toBeInstanceOf(QueueFullError);
    release();
    await first;
    expect(await Promise.all(queued)).toEqual(['a', 'b']);
  });

  it('lets 1,000 questions wait by default, the documented queue, and turns the next one away', async () => {
    const scheduler = new QuestionScheduler({ max: 1 });
    expect(scheduler.maxQueue).toBe(DEFAULT_MAX_QUEUE);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = scheduler.run(() => gate);
    const waiting = Array.from({ length: 1_000 }, (_, i) => scheduler.run(() => i));
    await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.queued).toBe(1_000);
    await expect(scheduler.run(() => 'one too many')).rejects.toBeInstanceOf(QueueFullError);
    release();
    await first;
    expect((await Promise.all(waiting)).length).toBe(1_000);
  });

  it('frees the slot of a task that fails', async () => {
    const scheduler = new QuestionScheduler({ max: 1 });
    await expect(scheduler.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      scheduler.run(() => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    expect(await scheduler.run(() => 'next')).toBe('next');
    expect(scheduler.active).toBe(0);
  });

  it('starts a task only after I/O that was already waiting (acknowledgements go first)', async () => {
    const scheduler = new QuestionScheduler({ max: 4 });
    let ioDone = false;
    setImmediate(() => (ioDone = true));
    expect(await scheduler.run(() => ioDone)).toBe(true);
  });

  it('runs every quick task that arrived in one turn within the next turn, whatever the cap (no throughput limit)', async () => {
    const scheduler = new QuestionScheduler({ max: 1 });
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => scheduler.run(() => i)));
    clearInterval(ticker);
    expect(results).toHaveLength(500);
    expect(turns).toBeLessThanOrEqual(2);
  });

  it('rejects a max below 1', () => {
    expect(() => new QuestionScheduler({ max: 0 })).toThrow(/QuestionScheduler: max/);
  });
});

describe('QuestionScheduler under slow tasks', () => {
  it('gives pending I/O a turn between slow tasks instead of running the whole burst first', async () => {
    const scheduler = new QuestionScheduler({ max: 8, sliceMs: 4 });
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const order: string[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      scheduler.run(() => {
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
