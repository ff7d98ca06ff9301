import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { sortedRadixTree } from '../../src/text/sortedRadixTree.ts';

// Short words over a small alphabet share prefixes, split edges and end inside one another.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: 7 });
const sortedFuzzy = (tree: SearchableMap<boolean>, query: string, distance: number) => [...tree.fuzzyGet(query, distance)].map(([k, [, d]]) => [k, d]).sort();

describe('sortedRadixTree', () => {
  it('finds the keys an insertion-built SearchableMap finds, at the same distances, for any keys and query', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 2 }), (keys, query, distance) => {
        const built = sortedRadixTree(keys, true);
        const inserted = SearchableMap.from(keys.map((k) => [k, true] as [string, boolean]));
        expect(sortedFuzzy(built, query, distance)).toEqual(sortedFuzzy(inserted, query, distance));
        expect(built.size).toBe(inserted.size);
        expect([...built.keys()].sort()).toEqual([...inserted.keys()].sort());
        expect(built.has(query)).toBe(inserted.has(query));
        expect([...built.atPrefix(query.slice(0, 2)).keys()].sort()).toEqual([...inserted.atPrefix(query.slice(0, 2)).keys()].sort());
      }),
      { numRuns: 400 },
    );
  });

  it('builds the same tree from keys in any order, with repeats', () => {
    const tree = sortedRadixTree(['guarantee', 'guard', 'guarantee', 'gu', 'a'], true);
    expect([...tree.keys()].sort()).toEqual(['a', 'gu', 'guarantee', 'guard']);
    expect(sortedFuzzy(tree, 'gaurd', 1)).toEqual([]);
    expect(sortedFuzzy(tree, 'guarde', 1)).toEqual([['guard', 1]]);
  });
});
