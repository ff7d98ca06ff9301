import { describe, expect, it } from 'vitest';
import { retrieveCandidates } from '../../../src/search/retrieveCandidates.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  harbour: { title: 'Portvale harbour', paragraphs: ['The harbour reopened after repairs.', 'Crews fish in spring.', 'The mayor opened the quay.'] },
  ferries: { title: 'Ferries', paragraphs: ['Ferries reach the harbour from Eastwick.', 'Tickets cost more this year.'] },
});

describe('retrieveCandidates', () => {
  it('finds only paragraphs holding a question term in their body or title, best BM25 first', () => {
    const { query } = queryOf(index, 'Which harbour reopened?');
    const found = retrieveCandidates(index, query, { candidates: 10, titleBoost: 0.3 });
    const refs = found.map((c) => index.passage(c.id)).map((p) => `${p.document.id}#${p.passage.paragraph}`);
    expect(refs[0]).toBe('harbour#1');
    expect(new Set(refs)).toEqual(new Set(['harbour#1', 'ferries#1', 'harbour#2', 'harbour#3']));
    expect(found.map((c) => c.bm25)).toEqual([...found.map((c) => c.bm25)].sort((a, b) => b - a));
  });

  it('cuts the list at the number of candidates asked for', () => {
    const { query } = queryOf(index, 'harbour ferries tickets mayor crews');
    expect(retrieveCandidates(index, query, { candidates: 2, titleBoost: 0.3 })).toHaveLength(2);
  });

  it('scores a match in the title alone by the title boost', () => {
    const { query } = queryOf(index, 'harbour');
    const titleOnly = (titleBoost: number) => {
      const found = retrieveCandidates(index, query, { candidates: 10, titleBoost });
      return found.find((c) => index.passage(c.id).passage.id === 'harbour#2')!.bm25;
    };
    expect(titleOnly(0.3)).toBeGreaterThan(0);
    expect(titleOnly(0.6)).toBeCloseTo(2 * titleOnly(0.3));
  });

  it('finds nothing for a question none of whose words the corpus has', () => {
    const { query } = queryOf(index, 'zebra');
    expect(retrieveCandidates(index, query, { candidates: 10, titleBoost: 0.3 })).toEqual([]);
  });
});
