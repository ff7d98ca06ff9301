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

// Acronyms with dots (U.S.), numbers with separators (200,000 or 3.5), words with inner apostrophes or hyphens.
const WORD = /(?:\p{Lu}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Folds a word to lower case without accents or marks ("Café" → "cafe"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Splits text into word tokens. Possessives lose their 's ("Pakistan’s" → "Pakistan"), acronyms their dots,
 * numbers their thousands separators; hyphenated words come apart ("cease-fire" → "cease", "fire").
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const shouting = isShouting(text);
  for (const match of text.matchAll(WORD)) {
    let surface = match[0];
    if (/^(?:\p{Lu}\.){2,}$/u.test(surface)) surface = surface.replaceAll('.', '');
    else if (/^\d{1,3}(?:,\d{3})+/.test(surface)) surface = surface.replaceAll(',', '');
    else surface = surface.replace(/['’]s$/i, '').replace(/['’]/g, '');
    if (surface === '') continue;
    const letters = surface.replace(/[^\p{L}]/gu, '');
    const numeric = /^\d+(?:\.\d+)?$/.test(surface);
    tokens.push({
      surface,
      normal: foldWord(surface),
      offset: match.index,
      acronym: !shouting && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      capitalized: !shouting && /^\p{Lu}/u.test(surface),
      numeric,
    });
  }
  return tokens;
}

/** Text typed with caps lock on: capitals then say nothing about names. */
function isShouting(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 3) return false;
  const upper = words.filter((w) => w === w.toUpperCase()).length;
  return upper / words.length > 0.6;
}
