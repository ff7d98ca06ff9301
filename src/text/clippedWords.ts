/**
 * Shortened words as people type them: clippings that keep a word's start ("admin" for "administration",
 * "info" for "information") and contractions that keep its first and last letters and a few consonants
 * between ("govt" for "government", "intl" for "international", "dept" for "department").
 * General English word formation, no list of abbreviations: callers look the long forms up in their corpus.
 */

/** Fewest letters a clipping keeps: shorter starts ("pre", "con") begin too many words. */
export const MIN_CLIPPING = 4;
/** Fewest letters a clipping leaves out: a word one letter short is a typo, not a clipping. */
export const MIN_CLIPPED_OFF = 2;
/** Most vowels a contraction keeps: contractions drop vowels ("govt", "mgmt"); a word with more is a name or a typo. */
export const MAX_CONTRACTION_VOWELS = 1;

/** Whether `short` is `full` clipped to its start ("admin" of "administration"). */
export function isClippingOf(short: string, full: string): boolean {
  return short.length >= MIN_CLIPPING && full.length >= short.length + MIN_CLIPPED_OFF && full.startsWith(short);
}

/** Fewest letters of a contraction: three-letter ones ("wht", "tht") are more often slips of common words. */
export const MIN_CONTRACTION = 4;

/** Whether a word has the shape of a contraction: four letters or more, lower case, at most one vowel. */
export function mayBeContraction(short: string): boolean {
  return short.length >= MIN_CONTRACTION && /^\p{Ll}+$/u.test(short) && (short.match(/[aeiouy]/g)?.length ?? 0) <= MAX_CONTRACTION_VOWELS;
}

/**
 * Whether `short` is a contraction of `full`: the same first and last letters, its letters in order within
 * `full`, at most one vowel kept, and at least two letters left out ("govt" of "government").
 */
export function isContractionOf(short: string, full: string): boolean {
  if (!mayBeContraction(short) || full.length < short.length + MIN_CLIPPED_OFF) return false;
  if (short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false;
  let at = 1;
  for (let i = 1; i < short.length - 1; i++) {
    at = full.indexOf(short[i]!, at);
    if (at === -1 || at >= full.length - 1) return false;
    at++;
  }
  return true;
}
