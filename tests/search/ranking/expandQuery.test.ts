import { describe, expect, it } from 'vitest';
import { informationShare } from '../../../src/search/expandQuery.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  harbour: { title: 'Harbour', paragraphs: ['The harbour reopened in Portvale.', 'Ferries sail from the harbour daily.', 'Portvale has a mayor.'] },
});

describe('expandQuery', () => {
  it('lists each question word once per term, with the IDF of each word in question order', () => {
    const { question, query } = queryOf(index, 'When did the Portvale harbour reopen?');
    expect(question.words.map((w) => w.term)).toEqual(['portval', 'harbour', 'reopen']);
    expect(query.idf).toEqual(question.words.map((w) => index.idf(w.term)));
    expect(query.uses.get('harbour')).toEqual([{ word: 1, weight: 1, id: 1 }]);
    expect(query.useTerms[1]).toBe('harbour');
    expect(query.termWeights.get('reopen')).toBe(1);
    expect(query.totalInformation).toBeCloseTo(query.idf.reduce((a, b) => a + b, 0));
  });

  it('marks the names the corpus has', () => {
    const { query } = queryOf(index, 'Why did Portvale reopen the harbour?');
    expect(query.nameWords).toEqual([0]);
  });

  it('weighs a rarer word more in the share of information', () => {
    const { query } = queryOf(index, 'Portvale harbour');
    // "harbour" is in 2 of 3 paragraphs, "Portvale" in 2 too: equal; a sentence holding one holds half.
    expect(informationShare(query, Float64Array.from([1, 0]))).toBeCloseTo(query.idf[0]! / query.totalInformation);
    expect(informationShare(query, Float64Array.from([1, 1]))).toBeCloseTo(1);
    expect(informationShare(query, Float64Array.from([0, 0]))).toBe(0);
  });
});
