import { describe, expect, it } from 'vitest';
import { personNounSynonyms } from '../../src/text/nounSynonyms.ts';

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
