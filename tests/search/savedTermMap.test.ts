import SearchableMap from 'minisearch/SearchableMap';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedTermMap, type PackedTerms, type TermPostings } from '../../src/search/savedTermMap.ts';

/** Terms with postings packed as ParagraphSearch.packedTerms packs them. */
function pack(entries: [string, TermPostings][]): PackedTerms {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const words: number[] = [];
  const starts: number[] = [];
  for (const [, fields] of sorted) {
    starts.push(words.length);
    for (const [fieldId, postings] of fields) {
      words.push(fieldId, postings.size);
      for (const [shortId, frequency] of postings) words.push(shortId, frequency);
    }
  }
  starts.push(words.length);
  return { terms: sorted.map(([term]) => term), starts: Uint32Array.from(starts), packed: Uint32Array.from(words) };
}

const term = fc.constantFrom('a', 'ab', 'abc', 'b', 'ba', 'zebra', 'zebras', 'é', 'über');
const postings = fc.array(fc.tuple(fc.nat({ max: 1 }), fc.array(fc.tuple(fc.nat({ max: 50 }), fc.integer({ min: 1, max: 9 })), { maxLength: 4 })), { maxLength: 2 }).map((fields) => new Map(fields.map(([fieldId, list]) => [fieldId, new Map(list)])) as TermPostings);
const operation = fc.oneof(
  fc.record({ kind: fc.constant('get' as const), term }),
  fc.record({ kind: fc.constant('has' as const), term }),
  fc.record({ kind: fc.constant('set' as const), term, value: postings }),
  fc.record({ kind: fc.constant('fetch' as const), term, value: postings }),
  fc.record({ kind: fc.constant('delete' as const), term }),
  fc.record({ kind: fc.constant('size' as const) }),
  fc.record({ kind: fc.constant('fuzzy' as const), term }),
);

describe('SavedTermMap', () => {
  it('behaves as a SearchableMap holding the saved terms, whatever is asked of it and in what order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(term, postings), { selector: ([t]) => t }), fc.array(operation, { maxLength: 12 }), (entries, operations) => {
        const plain = SearchableMap.from(entries) as SearchableMap<TermPostings>;
        const saved = new SavedTermMap(pack(entries));
        for (const op of operations) {
          if (op.kind === 'get') expect(saved.get(op.term)).toEqual(plain.get(op.term));
          else if (op.kind === 'has') expect(saved.has(op.term)).toBe(plain.has(op.term));
          else if (op.kind === 'set') {
            saved.set(op.term, op.value);
            plain.set(op.term, op.value);
          }
          else if (op.kind === 'fetch') expect(saved.fetch(op.term, () => op.value)).toEqual(plain.fetch(op.term, () => op.value));
          else if (op.kind === 'delete') {
            saved.delete(op.term);
            plain.delete(op.term);
          }
          else if (op.kind === 'size') expect(saved.size).toBe(plain.size);
          else expect(new Map([...saved.fuzzyGet(op.term, 1)].sort())).toEqual(new Map([...plain.fuzzyGet(op.term, 1)].sort()));
        }
        const sortedEntries = (map: Iterable<[string, TermPostings]>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
        expect(sortedEntries(saved)).toEqual(sortedEntries(plain));
        expect(saved.unsettledCount).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('unpacks only the terms looked up', () => {
    const saved = new SavedTermMap(pack([['zebra', new Map([[0, new Map([[3, 2]])]])], ['zoo', new Map()], ['port', new Map([[1, new Map([[7, 1]])]])]]));
    expect(saved.unsettledCount).toBe(3);
    expect(saved.get('zebra')).toEqual(new Map([[0, new Map([[3, 2]])]]));
    expect(saved.has('port')).toBe(true);
    expect(saved.get('crane')).toBeUndefined();
    expect(saved.unsettledCount).toBe(2);
    expect(() => new SavedTermMap({ terms: ['a'], starts: Uint32Array.from([0, 9]), packed: new Uint32Array(2) })).toThrow(/offsets/);
  });
});
