import { describe, expect, it } from 'vitest';
import { runToEnd, runWithPauses, sliceCounter } from '../../src/search/slicedTask.ts';

function* counted(total: number, perSlice: number, done: number[]): Generator<void> {
  const slice = sliceCounter(perSlice);
  for (let i = 0; i < total; i++) {
    done.push(i);
    if (slice()) yield;
  }
}

describe('sliced tasks', () => {
  it('yields once every `perSlice` entries, counting several at once when told', () => {
    const slice = sliceCounter(3);
    expect([slice(), slice(), slice(), slice(), slice(2), slice(4)]).toEqual([false, false, true, false, true, true]);
  });

  it('runs a task to its end at once, or with a pause between its slices', async () => {
    const atOnce: number[] = [];
    runToEnd(counted(10, 4, atOnce));
    expect(atOnce).toHaveLength(10);
    const paused: number[] = [];
    let pauses = 0;
    await runWithPauses(counted(10, 4, paused), async () => {
      pauses += 1;
    });
    expect(paused).toHaveLength(10);
    expect(pauses).toBe(2);
  });
});
