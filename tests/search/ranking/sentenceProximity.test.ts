import { describe, expect, it } from 'vitest';
import { termPositionsOf } from '../../../src/search/analyzePassage.ts';
import { occurrencesOf } from '../../../src/search/queryOccurrences.ts';
import { sentenceProximity } from '../../../src/search/sentenceProximity.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const PARAGRAPHS = [
  'The ferry captain praised the crew.',
  'The captain, after a long and stormy and difficult and slow night, praised the crew.',
  'The crew praised the ferry captain.',
  'Nobody sailed.',
];
const index = tinyIndex({ ferry: { title: 'Ferry', paragraphs: PARAGRAPHS } });
const near = (paragraph: number, question: string) => {
  const { query } = queryOf(index, question);
  const occurrences = occurrencesOf(termPositionsOf(index.passage(paragraph).sentences[0]!.terms), query);
  return sentenceProximity(occurrences, 0, occurrences.length, query);
};

describe('sentenceProximity', () => {
  it('counts the mean IDF of question neighbours that stand close together', () => {
    const { query } = queryOf(index, 'captain praised');
    expect(near(0, 'captain praised')).toBeCloseTo((query.idf[0]! + query.idf[1]!) / 2);
  });

  it('gives nothing when the two words stand far apart', () => {
    expect(near(1, 'captain praised')).toBe(0);
  });

  it('counts a pair in either order', () => {
    expect(near(2, 'captain praised')).toBeGreaterThan(0);
  });

  it('gives nothing to a one-word question', () => {
    expect(near(0, 'captain')).toBe(0);
  });
});
