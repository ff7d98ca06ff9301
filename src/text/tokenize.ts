/** A word of a text, with how it was written. */
export interface WordToken {
  /** The word as written (dots of acronyms, thousands separators and possessive 's removed). */
  surface: string;
  /** Lower-cased, accent-free form. */
  normal: string;
  /** Offset of the word in the text. */
  offset: number;
  /** Written in capitals throughout (ISF, UN, U.S.): an acronym, never a stop word. */
  acronym: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Only digits (and a decimal point). */
  numeric: boolean;
}

/** A word: an acronym with dots (U.S.), a number with separators (200,000 or 3.5), letters with inner apostrophes. */
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * WORD_PATTERN for a text whose letters, marks and digits are all ASCII: each class cut to its ASCII members and
 * no u flag, about twice as fast (measured on the bench's paragraphs). Any other character of such a text (’, a
 * dash, a curly quote, a symbol, an emoji) is in no class of WORD_PATTERN but ['’], kept here as it is.
 */
export const ASCII_WORD_PATTERN = /(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

const NON_ASCII = /[^\0-\x7f]/;
/** A letter, mark or digit beyond ASCII (code points, so a letter beyond the BMP counts too). */
const NON_ASCII_WORD_CHARACTER = /(?![\0-\x7f])[\p{L}\p{M}\p{N}]/u;

/** Whether a text's letters, marks and digits are all ASCII: where a pattern's Unicode classes can be cut to ASCII ones. */
export function hasOnlyAsciiWordCharacters(text: string): boolean {
  return !(NON_ASCII.test(text) && NON_ASCII_WORD_CHARACTER.test(text));
}

/** The pattern for a text's words: ASCII_WORD_PATTERN where it finds exactly WORD_PATTERN's matches (no letter, mark or digit beyond ASCII). */
export function wordPatternOf(text: string): RegExp {
  return hasOnlyAsciiWordCharacters(text) ? ASCII_WORD_PATTERN : WORD_PATTERN;
}

/** Folds a word to lower case without accents or marks ("Café" → "cafe"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** How a matched word is written, independent of where it stands: computed once per distinct word. */
interface WordShape {
  surface: string;
  normal: string;
  /** Two or more letters, all capitals. */
  allCapitals: boolean;
  startsCapital: boolean;
  numeric: boolean;
}

/**
 * Shapes of the words seen so far: a corpus repeats its words, so each distinct word is measured once
 * (five regular expressions) instead of at every occurrence. Bounded: cleared past this many words
 * (a 100,000-paragraph corpus has about 60,000 distinct words).
 */
const MAX_SHAPES = 200_000;
const shapes = new Map<string, WordShape | null>();

function shapeOf(match: string): WordShape | null {
  let shape = shapes.get(match);
  if (shape !== undefined) return shape;
  let surface = match;
  if (/^(?:\p{Lu}\.){2,}$/u.test(surface)) surface = surface.replaceAll('.', '');
  else if (/^\d{1,3}(?:,\d{3})+/.test(surface)) surface = surface.replaceAll(',', '');
  else surface = surface.replace(/['’]s$/i, '').replace(/['’]/g, '');
  if (surface === '') shape = null;
  else {
    const letters = surface.replace(/[^\p{L}]/gu, '');
    shape = {
      surface,
      normal: foldWord(surface),
      allCapitals: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      startsCapital: /^\p{Lu}/u.test(surface),
      numeric: /^\d+(?:\.\d+)?$/.test(surface),
    };
  }
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(match, shape);
  return shape;
}

/**
 * Splits text into word tokens. Possessives lose their 's ("Pakistan’s" → "Pakistan"), acronyms their dots,
 * numbers their thousands separators; hyphenated words come apart ("cease-fire" → "cease", "fire").
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const shouting = isShouting(text);
  for (const match of text.matchAll(wordPatternOf(text))) {
    const shape = shapeOf(match[0]);
    if (shape === null) continue;
    tokens.push({
      surface: shape.surface,
      normal: shape.normal,
      offset: match.index,
      acronym: !shouting && shape.allCapitals,
      capitalized: !shouting && shape.startsCapital,
      numeric: shape.numeric,
    });
  }
  return tokens;
}

/** Text typed with caps lock on: capitals then say nothing about names. */
function isShouting(text: string): boolean {
  // Plain ASCII without two capitals in a row has no word in capitals (most questions, many paragraphs).
  if (!/[A-Z]{2}/.test(text) && /^[ -~\s]*$/.test(text)) return false;
  let words = 0;
  let upper = 0;
  for (const [word] of text.matchAll(LETTER_RUN)) {
    words += 1;
    if (isUpperCase(word)) upper += 1;
  }
  if (words < 3) return false;
  return upper / words > 0.6;
}

// Two letters or more: a word that can be shouted.
const LETTER_RUN = /\p{L}{2,}/gu;
const ASCII_LOWER = /[a-z]/;
const ASCII_ONLY = /^[\0-\x7f]*$/;

/** `word === word.toUpperCase()`, without making the upper-case copy for the words whose answer shows (most). */
function isUpperCase(word: string): boolean {
  if (ASCII_LOWER.test(word)) return false;
  return ASCII_ONLY.test(word) || word === word.toUpperCase();
}
