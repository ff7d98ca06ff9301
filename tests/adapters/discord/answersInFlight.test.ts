import { describe, expect, it } from 'vitest';
import { answersInFlight } from '../../../src/adapters/discord/answersInFlight.ts';

describe('answersInFlight', () => {
  it('settles when the channel’s answers have, not before, and ignores other channels', async () => {
    const answers = answersInFlight();
    let finish!: () => void;
    const work = answers.track('c1', new Promise<void>((resolve) => (finish = resolve)));
    answers.track('c2', new Promise<void>(() => {}));
    let settled = false;
    const waiting = answers.settled('c1', 60_000).then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    finish();
    await work;
    await waiting;
    expect(settled).toBe(true);
  });

  it('stops waiting after maxWaitMs for an answer that never settles, and a failed answer counts as settled', async () => {
    const answers = answersInFlight();
    answers.track('c1', new Promise<void>(() => {}));
    const started = Date.now();
    await answers.settled('c1', 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    const failed = answers.track('c3', Promise.reject(new Error('send failed')));
    await expect(failed).rejects.toThrow('send failed');
    await answers.settled('c3', 60_000);
  });
});
