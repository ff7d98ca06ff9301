import { describe, expect, it } from 'vitest';
import { nounKinds, personNounSynonyms } from '../../src/text/nounSynonyms.ts';

describe('personNounSynonyms', () => {
  it.each([
    ['judge', 'justice'],
    ['judges', 'justice'],
    ['boss', 'chief'],
  ])('gives %s the title %s', (noun, synonym) => {
    expect(personNounSynonyms(noun)).toContain(synonym);
  });

  it.each(['growth', 'attribute', 'medicine'])('gives no synonyms for %s, which names no person', (noun) => {
    expect(personNounSynonyms(noun)).toEqual([]);
  });
});

describe('nounKinds', () => {
  it("gives the kinds of a noun's most frequent sense, from a plural too", () => {
    expect(nounKinds('jobs')).toContain('position');
    expect(nounKinds('vehicle')).toContain('wheeled vehicle');
  });

  it('gives none for a word WordNet has no noun for', () => {
    expect(nounKinds('quickly')).toEqual([]);
  });
});
