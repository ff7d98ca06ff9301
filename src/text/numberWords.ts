/** Number words: what a corpus writes for numbers a question may type in digits, and the reverse. */

/** Ordinal numbers written with digits up to twenty, as words ("2nd" → "second"): how a corpus usually spells them. */
const ORDINAL_WORDS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** The word for an ordinal written with digits ("2nd" → "second", "11th" → "eleventh"); undefined past twenty or when not one. */
export function ordinalWord(written: string): string | undefined {
  const parts = /^(\d{1,2})(st|nd|rd|th)$/i.exec(written);
  if (!parts) return undefined;
  const n = Number(parts[1]);
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return suffix === parts[2]!.toLowerCase() ? ORDINAL_WORDS[n] : undefined;
}

/**
 * The version number an ordinal word stands for ("second" → "2.0", "third" → "3.0"): news names a second term,
 * edition or phase after software releases ("Trump 2.0", "Web 2.0", "NAFTA 2.0"); undefined below "second" (a
 * "1.0" is the first without a second) or for a word that is no ordinal.
 */
export function ordinalVersion(word: string): string | undefined {
  const n = ORDINAL_WORDS.indexOf(word);
  return n >= 2 ? `${n}.0` : undefined;
}

/** Cardinal numbers written as words: up to twenty, the tens, the powers and a dozen, with the plurals a count uses ("dozens", "thousands"). */
export const CARDINAL_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen',
  'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens',
]);

/** A cardinal number word (CARDINAL_WORDS) as a regex source without groups of its own, longest first. */
export const CARDINAL_WORD_PATTERN = String.raw`(?:${[...CARDINAL_WORDS].sort((a, b) => b.length - a.length).join('|')})`;

/** The number words (cardinals and ordinals up to twenty, tens, powers) that a POS lexicon may tag only as numbers. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...ORDINAL_WORDS,
  ...CARDINAL_WORDS,
  'thirtieth', 'fortieth', 'fiftieth', 'hundredth', 'thousandth', 'millionth',
]);
