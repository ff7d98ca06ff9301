import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/text/boundedMemo.ts';

describe('remembered', () => {
  it('computes a key once and answers it again from the memo', () => {
    const memo = new Map<string, number>();
    let calls = 0;
    const length = (word: string) => (calls++, word.length);
    expect(remembered(memo, 10, 'ferry', length)).toBe(5);
    expect(remembered(memo, 10, 'ferry', length)).toBe(5);
    expect(calls).toBe(1);
  });

  it('empties the memo once it holds max answers, so it never grows past max', () => {
    const memo = new Map<number, number>();
    for (let k = 0; k < 5; k++) remembered(memo, 2, k, (n) => n * n);
    expect(memo.size).toBeLessThanOrEqual(2);
    expect(remembered(memo, 2, 4, () => -1)).toBe(16);
  });
});
