import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII_WORD_PATTERN, foldWord, tokenizeWords, WORD_PATTERN, wordPatternOf } from '../../src/text/tokenize.ts';

const surfaces = (text: string) => tokenizeWords(text).map((t) => t.surface);

describe('tokenizeWords', () => {
  it('drops the possessive ’s and ’s with either apostrophe', () => {
    expect(surfaces('Pakistan’s offer and Rubio\'s remarks')).toEqual(['Pakistan', 'offer', 'and', 'Rubio', 'remarks']);
  });

  it('writes acronyms with dots without them and marks them as acronyms', () => {
    const [us, un] = tokenizeWords('U.S. U.N.');
    expect(us).toMatchObject({ surface: 'US', normal: 'us', acronym: true });
    expect(un).toMatchObject({ surface: 'UN', normal: 'un', acronym: true });
  });

  it('reads numbers with thousands separators and decimals as one numeric word', () => {
    const tokens = tokenizeWords('200,000 troops, 41 missions and 3.5 percent');
    expect(tokens.filter((t) => t.numeric).map((t) => t.surface)).toEqual(['200000', '41', '3.5']);
  });

  it('splits hyphenated words into their parts', () => {
    expect(surfaces('a cease-fire and nation-states')).toEqual(['a', 'cease', 'fire', 'and', 'nation', 'states']);
  });

  it('folds case and accents but keeps the written form', () => {
    const [cafe] = tokenizeWords('Café');
    expect(cafe).toMatchObject({ surface: 'Café', normal: 'cafe', capitalized: true, acronym: false });
  });

  it('gives each word its offset in the text', () => {
    const text = 'The ISF in Gaza';
    for (const token of tokenizeWords(text)) expect(text.slice(token.offset).startsWith(token.surface)).toBe(true);
  });

  it('does not take capitals for names or acronyms when the text is shouted', () => {
    const tokens = tokenizeWords('WHAT DID PAKISTAN OFFER THE ISF');
    expect(tokens.some((t) => t.acronym || t.capitalized)).toBe(false);
  });

  it('reads text shouted in letters beyond ASCII as shouted, and plain ASCII without two capitals in a row as not', () => {
    expect(tokenizeWords('ÉTÉ ÀLA CAFÉ ZÜRICH').some((t) => t.capitalized)).toBe(false);
    expect(tokenizeWords('Pakistan offered Gaza troops in Doha').filter((t) => t.capitalized).map((t) => t.normal)).toEqual(['pakistan', 'gaza', 'doha']);
  });

  it('takes a text for shouted when more than 60% of its words of two letters or more are in capitals, in any script', () => {
    const shouted = (text: string) => !tokenizeWords(text).some((t) => t.capitalized);
    expect(shouted('ÉTÉ À ZÜRICH, GRÜẞE AUS Straße')).toBe(true);
    expect(shouted('ÉTÉ ZÜRICH GRÜẞE Straße café')).toBe(false);
    expect(shouted('THE ISF AND NATO met in Gaza')).toBe(false);
    expect(shouted('THE ISF AND NATO MET in Gaza')).toBe(true);
  });

  it('still reads a lone acronym in ordinary text as an acronym', () => {
    expect(tokenizeWords('What is the ISF?').find((t) => t.normal === 'isf')).toMatchObject({ acronym: true });
  });

  it('finds no words in punctuation, symbols or emoji', () => {
    expect(tokenizeWords('.*+?^${}()|[]\\ 😀🎉 — …')).toEqual([]);
  });

  it('never throws and always gives words found in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const token of tokenizeWords(text)) {
          expect(token.offset).toBeGreaterThanOrEqual(0);
          expect(token.offset).toBeLessThan(text.length);
          expect(token.surface).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('foldWord', () => {
  it('lower-cases and strips accents', () => {
    expect(foldWord('Ñandú')).toBe('nandu');
    expect(foldWord('Ümit')).toBe('umit');
  });

  it('leaves plain ASCII words lower-cased only', () => {
    expect(foldWord('Pakistan')).toBe('pakistan');
  });
});

// Characters where the two word patterns could part: ASCII word parts and separators, ’, non-word characters beyond
// ASCII (dashes, quotes, currency, an emoji's surrogates), and letters, marks and digits beyond ASCII (é, a combining
// accent, Cyrillic, Arabic-Indic digits, a letter beyond the BMP).
const ASCII_PARTS = ['a', 'Z', 'U', 'S', 's', 't', '7', '0', '.', ',', "'", '-', ' ', '$', '%', '\n'];
const NON_WORD_BEYOND_ASCII = ['’', '‘', '—', '–', '“', '”', '€', '£', '\u00a0', '…', '😀'];
const WORD_BEYOND_ASCII = ['é', 'É', '\u0301', 'Ж', '٣', '𝐀', 'ß'];
const matchesOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
const textOf = (units: readonly string[]) => fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((parts) => parts.join(''));

describe('wordPatternOf', () => {
  it('finds exactly the words of the Unicode pattern in any text (property)', () => {
    const anyText = fc.oneof(textOf(ASCII_PARTS), textOf([...ASCII_PARTS, ...NON_WORD_BEYOND_ASCII]), textOf([...ASCII_PARTS, ...NON_WORD_BEYOND_ASCII, ...WORD_BEYOND_ASCII]), fc.string({ unit: 'grapheme', maxLength: 60 }));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(matchesOf(text, wordPatternOf(text))).toEqual(matchesOf(text, WORD_PATTERN));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the ASCII pattern for text whose only characters beyond ASCII are no part of a word (property)', () => {
    fc.assert(
      fc.property(textOf([...ASCII_PARTS, ...NON_WORD_BEYOND_ASCII]), (text) => {
        expect(wordPatternOf(text)).toBe(ASCII_WORD_PATTERN);
      }),
    );
  });

  it('keeps the Unicode pattern for text with a letter, mark or digit beyond ASCII, where the ASCII one would cut words', () => {
    for (const unit of WORD_BEYOND_ASCII) {
      const text = `Caf${unit} U.S. 1,000.5 it’s`;
      expect(wordPatternOf(text)).toBe(WORD_PATTERN);
      expect(matchesOf(text, ASCII_WORD_PATTERN)).not.toEqual(matchesOf(text, WORD_PATTERN));
    }
  });

  it('agrees with the Unicode pattern around every character of the BMP', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const text = `Ab${c}1,000.5${c}U.S.${c}it's${c}`;
      const pattern = wordPatternOf(text);
      if (matchesOf(text, pattern).join('|') !== matchesOf(text, WORD_PATTERN).join('|')) expect.fail(`they differ around U+${code.toString(16)}`);
    }
  });
});
