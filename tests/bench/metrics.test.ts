import { describe, expect, it } from 'vitest';
import { checkVerbatim, listMisses, scoreAnswers } from '../../bench/evaluate.ts';
import { hitAtK, median, normalizeForQuote, percentile, quoteHoldsAnswer, reciprocalRank } from '../../bench/metrics.ts';

const p = (paragraph: number, doc = 'story') => ({ doc, paragraph });

describe('hitAtK', () => {
  const ranked = [p(4), p(2), p(7), p(1)];
  it('counts a hit only within the first k', () => {
    expect(hitAtK(ranked, [p(4)], 1)).toBe(1);
    expect(hitAtK(ranked, [p(7)], 1)).toBe(0);
    expect(hitAtK(ranked, [p(7)], 3)).toBe(1);
    expect(hitAtK(ranked, [p(1)], 3)).toBe(0);
  });
  it('accepts any of several expected paragraphs, but needs the same document', () => {
    expect(hitAtK(ranked, [p(9), p(2)], 2)).toBe(1);
    expect(hitAtK(ranked, [p(4, 'other')], 3)).toBe(0);
  });
  it('misses on an empty ranking', () => {
    expect(hitAtK([], [p(1)], 3)).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1/rank of the first expected passage', () => {
    expect(reciprocalRank([p(3), p(5), p(8)], [p(8)])).toBeCloseTo(1 / 3);
    expect(reciprocalRank([p(3), p(5), p(8)], [p(8), p(5)])).toBe(0.5);
    expect(reciprocalRank([p(3)], [p(3)])).toBe(1);
  });
  it('is 0 beyond the cutoff or when absent', () => {
    const ranked = Array.from({ length: 12 }, (_, i) => p(i + 1));
    expect(reciprocalRank(ranked, [p(10)])).toBe(0.1);
    expect(reciprocalRank(ranked, [p(11)])).toBe(0);
    expect(reciprocalRank(ranked, [p(2)], 1)).toBe(0);
    expect(reciprocalRank(ranked, [p(99)])).toBe(0);
  });
});

describe('percentile', () => {
  it('uses the nearest rank on sorted values', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 75)).toBe(3);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
  });
  it('p99 of 1..200 is the 198th value', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(values, 99)).toBe(198);
  });
  it('is NaN on no values and rejects p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('quoteHoldsAnswer', () => {
  it('ignores case, curly quotes and whitespace runs', () => {
    expect(quoteHoldsAnswer('The mission\u2019s  uncertainties\nremain.', ["the MISSION'S uncertainties remain"])).toBe(true);
    expect(normalizeForQuote(' \u201CSo\u201D  it ')).toBe('"so" it');
  });
  it('needs the whole answer, any one of several', () => {
    expect(quoteHoldsAnswer('Marco Rubio said so.', ['Marco Rubio, US Secretary of State'])).toBe(false);
    expect(quoteHoldsAnswer('It was 1,190 km.', ['1190 km', '1,190 km'])).toBe(true);
    expect(quoteHoldsAnswer('anything', [''])).toBe(false);
  });
});

describe('scoreAnswers', () => {
  const questions = [
    { id: 'a', question: 'a?', answerable: true, kind: 'answerable' as const, expected: [p(1)], answers: ['alpha'] },
    { id: 'b', question: 'b?', answerable: true, kind: 'answerable' as const, expected: [p(2)], answers: ['beta'] },
    { id: 'u', question: 'u?', answerable: false, kind: 'near-miss' as const, expected: [], answers: [] },
    { id: 's', question: 'hi', answerable: false, kind: 'small-talk' as const, expected: [], answers: [] },
  ];
  it('counts a refused answerable question as a miss, and refusals of unanswerable ones', () => {
    const q = scoreAnswers(questions, [
      { answered: true, passages: [{ ...p(1), quote: 'Alpha here' }] },
      { answered: false, passages: [{ ...p(2), quote: 'beta' }] },
      { answered: false, passages: [] },
      { answered: true, passages: [{ ...p(3), quote: 'gamma' }] },
    ]);
    expect(q.hit1).toBe(0.5);
    expect(q.rankingOnly.hit1).toBe(1);
    expect(q.quoteHolds).toBe(0.5);
    expect(q.falseRefusals).toBe(1);
    expect(q.refusedUnanswerable).toBe(1);
    expect(q.refusalRate).toBe(0.5);
  });
  it('counts refusals per kind of question', () => {
    const q = scoreAnswers(questions, [
      { answered: false, passages: [] },
      { answered: true, passages: [{ ...p(2), quote: 'beta' }] },
      { answered: true, passages: [{ ...p(1), quote: 'alpha' }] },
      { answered: false, passages: [] },
    ]);
    expect(q.byKind).toEqual({
      answerable: { refused: 1, total: 2 },
      'near-miss': { refused: 0, total: 1 },
      'small-talk': { refused: 1, total: 1 },
    });
  });
});

describe('listMisses', () => {
  it('names refused answerable, wrong top passage and answered unanswerable questions by id', () => {
    const questions = [
      { id: 'right', question: 'a?', answerable: true, kind: 'answerable' as const, expected: [p(1)], answers: [] },
      { id: 'wrong', question: 'b?', answerable: true, kind: 'answerable' as const, expected: [p(2)], answers: [] },
      { id: 'refused', question: 'c?', answerable: true, kind: 'answerable' as const, expected: [p(3)], answers: [] },
      { id: 'near', question: 'd?', answerable: false, kind: 'near-miss' as const, expected: [], answers: [] },
      { id: 'hi', question: 'hi', answerable: false, kind: 'small-talk' as const, expected: [], answers: [] },
    ];
    const quoted = (n: number) => ({ answered: true, passages: [{ ...p(n), quote: 'q' }] });
    const misses = listMisses(questions, [quoted(1), quoted(1), { answered: false, passages: [] }, quoted(4), { answered: false, passages: [] }]);
    expect(misses).toEqual({ refusedAnswerable: ['refused'], wrongTop: ['wrong'], answeredUnanswerable: ['near'] });
  });
});

describe('checkVerbatim', () => {
  const corpus = {
    dir: '/c',
    problems: [],
    documents: [
      {
        id: 'story',
        title: 'Story',
        file: '/c/story.md',
        passages: [
          { id: 'story#1', doc: 'story', paragraph: 1, text: 'Rubio spoke on Friday. He thanked Pakistan.', sentences: [] },
          { id: 'story#2', doc: 'story', paragraph: 2, text: 'China and Russia abstained.', sentences: [] },
        ],
      },
    ],
  };
  it('accepts exact substrings of the cited paragraph and nothing else', () => {
    const check = checkVerbatim(corpus, [
      { answered: true, passages: [{ ...p(1), quote: 'He thanked Pakistan.' }, { ...p(2), quote: 'China and Russia abstained.' }] },
      { answered: false, passages: [{ ...p(2), quote: 'He thanked Pakistan.' }] },
      { answered: true, passages: [{ ...p(1), quote: 'rubio spoke on friday.' }, { ...p(1, 'other'), quote: 'x' }, { ...p(1), quote: '' }] },
    ]);
    expect(check.total).toBe(6);
    expect(check.verbatim).toBe(2);
    expect(check.failures).toHaveLength(3);
    expect(check.failures[0]).toContain('story ¶2');
  });
});
