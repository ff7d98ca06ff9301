import { describe, expect, it } from 'vitest';
import { hitAt1, type CachedQuestion } from '../../bench/tune/featureCache.ts';
import { fitSoftmax } from '../../bench/tune/fitSoftmax.ts';
import { articleFolds } from '../../bench/tune/folds.ts';

/** A cached question of two features over candidates given as rows; the gold row is given. */
const question = (doc: string, rows: [number, number][], gold: number): CachedQuestion => ({
  id: `${doc}-${rows.length}-${gold}`,
  doc,
  features: Float64Array.from(rows.flat()),
  candidates: rows.length,
  gold,
});

describe('tune', () => {
  it('puts every question of an article in the same fold, and every article in one', () => {
    const questions = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].flatMap((doc) => [question(doc, [[1, 0]], 0), question(doc, [[1, 0]], 0)]);
    const folds = articleFolds(questions, 3);
    expect(folds.flat()).toHaveLength(questions.length);
    const foldsOf = new Map<string, Set<number>>();
    folds.forEach((fold, k) => fold.forEach((q) => foldsOf.set(q.doc, (foldsOf.get(q.doc) ?? new Set()).add(k))));
    for (const set of foldsOf.values()) expect(set.size).toBe(1);
  });

  it('counts a question whose gold paragraph retrieval missed as a miss, and a tie for the earlier candidate', () => {
    expect(hitAt1([question('a', [[1, 0]], -1)], Float64Array.from([1, 0]))).toBe(0);
    expect(hitAt1([question('a', [[1, 0], [1, 0]], 1)], Float64Array.from([1, 1]))).toBe(0);
    expect(hitAt1([question('a', [[1, 0], [1, 0]], 0)], Float64Array.from([1, 1]))).toBe(1);
  });

  it('gives enough weight to a feature that tells the gold paragraph apart to rank it first', () => {
    // The first feature favours a wrong paragraph a little; the second marks the gold one.
    const questions = Array.from({ length: 10 }, (_, i) => question(`d${i}`, [[1, 0], [0.8, 1]], 1));
    const start = Float64Array.from([1, 0]);
    expect(hitAt1(questions, start)).toBe(0);
    const fitted = fitSoftmax(questions, start);
    expect(fitted[1]).toBeGreaterThan(0.2 * fitted[0]!);
    expect(hitAt1(questions, fitted)).toBe(1);
  });

  it('leaves a frozen weight where it started', () => {
    const questions = Array.from({ length: 10 }, (_, i) => question(`d${i}`, [[1, 0], [0.8, 1]], 1));
    expect(fitSoftmax(questions, Float64Array.from([1, 0]), new Set([1]))[1]).toBe(0);
  });
});
