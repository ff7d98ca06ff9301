import { describe, expect, it } from 'vitest';
import { wordKind } from '../../src/text/englishWords.ts';
import { givesTimeCount } from '../../src/text/amounts.ts';
import { sentenceFacts } from '../../src/text/answerTypes.ts';
import { CARDINAL_WORDS, NUMBER_WORDS, ordinalVersion, ordinalWord } from '../../src/text/numberWords.ts';
import { tokenizeWords } from '../../src/text/tokenize.ts';

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

describe('ordinalVersion', () => {
  it('gives the version number an ordinal stands for, from the second on', () => {
    expect(ordinalVersion('second')).toBe('2.0');
    expect(ordinalVersion('third')).toBe('3.0');
    expect(ordinalVersion('first')).toBeUndefined();
    expect(ordinalVersion('term')).toBeUndefined();
  });
});

describe('number words', () => {
  it('are ordinary English, not names (the POS lexicon tags some only as numbers)', () => {
    for (const word of ['one', 'first', 'third', 'hundred']) expect(wordKind(word), word).toBe('ordinary');
  });
});

describe('CARDINAL_WORDS, the one list of number words', () => {
  it('holds the teens, the tens, the powers and the plurals a count uses', () => {
    for (const word of ['zero', 'thirteen', 'nineteen', 'ninety', 'dozen', 'dozens', 'thousands', 'trillions']) expect(CARDINAL_WORDS.has(word)).toBe(true);
    expect(CARDINAL_WORDS.has('first')).toBe(false);
  });

  it('is what the amount reader and the sentence facts count with', () => {
    expect(givesTimeCount('It lasted seventeen years.')).toBe(true);
    expect(givesTimeCount('They met a seventeen-year-old.')).toBe(true);
    expect(givesTimeCount('It lasted for years.')).toBe(false);
    const sentence = 'Seventeen soldiers were sent.';
    expect(sentenceFacts(sentence, tokenizeWords(sentence)).numbers).toContain('seventeen');
  });

  it('is within NUMBER_WORDS, with the ordinals', () => {
    for (const word of [...CARDINAL_WORDS, 'first', 'twentieth', 'hundredth']) expect(NUMBER_WORDS.has(word)).toBe(true);
  });
});
