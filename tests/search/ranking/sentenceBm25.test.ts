import { describe, expect, it } from 'vitest';
import { termPositionsOf } from '../../../src/search/analyzePassage.ts';
import { occurrencesOf } from '../../../src/search/queryOccurrences.ts';
import { sentenceBm25, sentenceScorer } from '../../../src/search/sentenceBm25.ts';
import { queryOf, scoredCandidates, tinyIndex } from './tinyIndex.ts';

// "harbour" is in every sentence; "dock" in one: the sentence statistics make "dock" the informative word.
const index = tinyIndex({
  port: {
    title: 'Port',
    paragraphs: [
      'The harbour is old. The harbour has a new dock.',
      'The harbour is busy in spring and the harbour is busy in summer and the harbour is loud.',
      'The harbour is small.',
    ],
  },
});

const bm25Of = (paragraph: number, sentence: number, question: string) => {
  const { query } = queryOf(index, question);
  const s = index.passage(paragraph).sentences[sentence]!;
  const occurrences = occurrencesOf(termPositionsOf(s.terms), query);
  return sentenceBm25(occurrences, 0, occurrences.length, s.terms.length, sentenceScorer(index, query));
};

describe('sentence statistics of the index', () => {
  it('counts sentences, their terms, and the sentences holding each term', () => {
    expect(index.sentences.count).toBe(4);
    expect(index.sentences.frequency.get('harbour')).toBe(4);
    expect(index.sentences.frequency.get('dock')).toBe(1);
    expect(index.sentenceIdf('dock')).toBeGreaterThan(index.sentenceIdf('harbour'));
  });
});

describe('sentenceBm25', () => {
  it('scores a sentence holding the rare word above one holding only the common one', () => {
    expect(bm25Of(0, 1, 'new harbour dock')).toBeGreaterThan(bm25Of(0, 0, 'new harbour dock'));
  });

  it('saturates repeats of a word and prefers the shorter sentence for the same words', () => {
    expect(bm25Of(1, 0, 'harbour')).toBeLessThan(3 * bm25Of(2, 0, 'harbour'));
    expect(bm25Of(2, 0, 'harbour')).toBeGreaterThan(bm25Of(0, 1, 'harbour'));
  });

  it('is 0 for a sentence without the question’s words', () => {
    expect(bm25Of(0, 0, 'dock')).toBe(0);
  });

  it('becomes a feature: the best sentence’s score as a share of the best candidate’s', () => {
    const scored = [...scoredCandidates(index, 'Where is the new dock?').values()];
    expect(Math.max(...scored.map((s) => s.features.sentenceBm25))).toBe(1);
    expect(scored.find((s) => s.indexed.passage.paragraph === 1)!.features.sentenceBm25).toBe(1);
  });
});
