import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LongFormLookup } from '../../src/text/longFormLookup.ts';
import { foldWord } from '../../src/text/tokenize.ts';

const TABLE = new Map([
  ['UN', 'United Nations'],
  ['UNSC', 'United Nations Security Council'],
  ['ISF', 'International Stabilization Force'],
  ['EU', 'European Union'],
  ['OK', 'ok'],
]);

describe('LongFormLookup', () => {
  it('finds every long form the text spells out, in table order', () => {
    const lookup = new LongFormLookup(TABLE, () => true);
    const found = lookup.spelledOut(foldWord('Did the United Nations Security Council back the International Stabilization Force?'));
    expect(found).toEqual([
      { short: 'un', longForm: 'United Nations' },
      { short: 'unsc', longForm: 'United Nations Security Council' },
      { short: 'isf', longForm: 'International Stabilization Force' },
    ]);
  });

  it('leaves out the acronyms the corpus does not have', () => {
    const lookup = new LongFormLookup(TABLE, (short) => short !== 'un');
    expect(lookup.spelledOut(foldWord('what did the united nations say')).map((f) => f.short)).toEqual([]);
  });

  it('finds a long form shorter than its key, and one written with accents or capitals', () => {
    const lookup = new LongFormLookup(new Map([...TABLE, ['CZ', 'Zürich Café']]), () => true);
    expect(lookup.spelledOut(foldWord('is it ok in ZURICH cafe?')).map((f) => f.short)).toEqual(['ok', 'cz']);
  });

  it('finds exactly the long forms that testing each one against the text finds', () => {
    const words = ['united', 'nations', 'security', 'council', 'force', 'union', 'european', 'ok', 'the', 'un'];
    // Words joined by spaces or run together: a long form may start inside a word, as String.includes finds it.
    const text = fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', '')).map(([w, gap]) => w.join(gap));
    fc.assert(
      fc.property(text, (folded) => {
        const expected = [...TABLE].filter(([, long]) => folded.includes(foldWord(long))).map(([short]) => short.toLowerCase());
        expect(new LongFormLookup(TABLE, () => true).spelledOut(folded).map((f) => f.short)).toEqual(expected);
      }),
    );
  });
});
