import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../../src/search/queryOccurrences.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  port: { title: 'Port', paragraphs: ['The dock was new; the harbour was old, and the dock was rebuilt by the harbour board.'] },
});

describe('occurrencesOf', () => {
  it('lists every place a question word stands, in text order whatever the order of the question', () => {
    const { query } = queryOf(index, 'harbour board dock?');
    const indexed = index.passage(0);
    const occurrences = occurrencesOf(indexed.termPositions, query);
    const positions = occurrences.map((o) => o.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(occurrences.map((o) => indexed.terms[o.position])).toEqual(['dock', 'harbour', 'dock', 'harbour', 'board']);
    expect(occurrences.map((o) => query.useTerms[o.use])).toEqual(occurrences.map((o) => indexed.terms[o.position]));
  });
});
