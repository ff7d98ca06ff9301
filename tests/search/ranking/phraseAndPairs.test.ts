import { describe, expect, it } from 'vitest';
import { orderedBigramShare } from '../../../src/search/phraseMatch.ts';
import { occurrencesOf } from '../../../src/search/queryOccurrences.ts';
import { PAIR_WINDOW, termPairProximity } from '../../../src/search/termPairProximity.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const PARAGRAPHS = [
  'The security council met in the morning.',
  'The council and the staff discussed security.',
  'Security was discussed, and much later, after lunch and a long walk and tea, the council met.',
  'Nobody met.',
];
const index = tinyIndex({ un: { title: 'Meeting', paragraphs: PARAGRAPHS } });
const occurrences = (paragraph: number, question: string) => {
  const { query } = queryOf(index, question);
  return { query, occurrences: occurrencesOf(index.passage(paragraph).termPositions, query) };
};

describe('orderedBigramShare (SDM ordered bigrams)', () => {
  it('is 1 when every neighbouring pair of the question stands in order, next to each other', () => {
    const { query, occurrences: found } = occurrences(0, 'security council');
    expect(orderedBigramShare(found, query)).toBe(1);
  });

  it('is 0 when the pair stands in the other order or apart', () => {
    for (const paragraph of [1, 2]) {
      const { query, occurrences: found } = occurrences(paragraph, 'security council');
      expect(orderedBigramShare(found, query)).toBe(0);
    }
  });

  it('counts the share of the pairs held, weighted by their IDF', () => {
    // "security council" stands as such in ¶1; "council morning" does not ("met" stands between).
    const { query, occurrences: found } = occurrences(0, 'security council morning');
    const held = (query.idf[0]! + query.idf[1]!) / 2;
    const total = held + (query.idf[1]! + query.idf[2]!) / 2;
    expect(orderedBigramShare(found, query)).toBeCloseTo(held / total);
  });

  it('gives nothing to a one-word question', () => {
    const { query, occurrences: found } = occurrences(0, 'security');
    expect(orderedBigramShare(found, query)).toBe(0);
  });
});

describe('termPairProximity (BM25TP)', () => {
  it('rewards two question words close together more than the same words farther apart', () => {
    const near = occurrences(0, 'security council');
    const reversed = occurrences(1, 'security council');
    const far = occurrences(2, 'security council');
    const [a, b, c] = [near, reversed, far].map((x) => termPairProximity(x.occurrences, x.query));
    expect(a).toBeGreaterThan(b!);
    expect(b).toBeGreaterThan(0);
    expect(c).toBe(0);
  });

  it('ignores pairs farther apart than the window', () => {
    const { query, occurrences: found } = occurrences(2, 'security council');
    const [first, second] = [found.find((o) => o.word === 0)!, found.find((o) => o.word === 1)!];
    expect(second.position - first.position).toBeGreaterThan(PAIR_WINDOW);
    expect(termPairProximity(found, query)).toBe(0);
  });

  it('stays a share below 1 however often the pair repeats', () => {
    const repeated = tinyIndex({ r: { title: 'R', paragraphs: ['Security council, security council, security council.', 'Other words.'] } });
    const { query } = queryOf(repeated, 'security council');
    const share = termPairProximity(occurrencesOf(repeated.passage(0).termPositions, query), query);
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(1);
  });
});
