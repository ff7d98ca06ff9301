import { describe, expect, it } from 'vitest';
import { wordKind } from '../../src/text/englishWords.ts';
import { ordinalWord } from '../../src/text/numberWords.ts';

describe('ordinalWord', () => {
  it('spells ordinals written with digits', () => {
    expect(ordinalWord('2nd')).toBe('second');
    expect(ordinalWord('1st')).toBe('first');
    expect(ordinalWord('11th')).toBe('eleventh');
    expect(ordinalWord('23rd')).toBeUndefined();
  });

  it('takes only the right suffix for the number', () => {
    expect(ordinalWord('2th')).toBeUndefined();
    expect(ordinalWord('12nd')).toBeUndefined();
    expect(ordinalWord('2')).toBeUndefined();
  });
});

describe('number words', () => {
  it('are ordinary English, not names (the POS lexicon tags some only as numbers)', () => {
    for (const word of ['one', 'first', 'third', 'hundred']) expect(wordKind(word), word).toBe('ordinary');
  });
});
