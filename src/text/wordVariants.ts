/**
 * Spelling and derivation variants a stemmer does not join: nationality adjectives and their countries
 * ("Pakistani" ↔ "Pakistan", "Russian" ↔ "Russia") and British and American spellings ("stabilisation" ↔
 * "stabilization", "epicenter" ↔ "epicentre").
 * Candidates only: callers keep those the corpus really has.
 */
export function wordVariants(word: string): string[] {
  const variants = new Set<string>();
  // Nationality adjective → country.
  if (/[^aeiou]i$/.test(word)) variants.add(word.slice(0, -1));
  if (word.endsWith('ian')) variants.add(word.slice(0, -1)).add(word.slice(0, -3)).add(`${word.slice(0, -3)}y`);
  else if (word.endsWith('an')) variants.add(word.slice(0, -1)).add(word.slice(0, -2)).add(`${word}y`);
  if (word.endsWith('ese')) variants.add(word.slice(0, -3)).add(`${word.slice(0, -3)}a`);
  if (word.endsWith('ish')) variants.add(word.slice(0, -3)).add(`${word.slice(0, -3)}ey`).add(`${word.slice(0, -3)}ain`);
  // Central Asian names: "Afghan" ↔ "Afghanistan", "Uzbek" ↔ "Uzbekistan", "Kazakh" ↔ "Kazakhstan".
  if (word.endsWith('stan')) variants.add(word.replace(/i?stan$/, ''));
  else variants.add(`${word}istan`).add(`${word}stan`);
  // Country → nationality adjective ("Germany" → "German", "Italy" → "Italian", "Britain" → "British").
  if (word.endsWith('y')) variants.add(word.slice(0, -1)).add(`${word.slice(0, -1)}ian`);
  if (word.endsWith('ain')) variants.add(`${word.slice(0, -3)}ish`);
  if (word.endsWith('a')) variants.add(`${word}n`);
  if (word.endsWith('an')) variants.add(`${word}i`);
  variants.add(`${word}i`).add(`${word}ian`).add(`${word}ese`);
  variants.add(americanSpelling(word)).add(britishSpelling(word));
  variants.delete(word);
  return [...variants].filter((v) => v.length >= 3);
}

/** The American spelling of a British one ("stabilisation" → "stabilization", "rumour" → "rumor"); else the word. */
export function americanSpelling(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ence$/, 'ense')
    .replace(/lled$/, 'led')
    .replace(/lling$/, 'ling');
}

/**
 * The British spelling of an American one ("epicenter" → "epicentre", "color" → "colour", "defense" → "defence",
 * "organized" → "organised", "traveled" → "travelled"); else the word. A candidate only, as americanSpelling's
 * output is: "motor" → "motour" is kept by no corpus.
 */
export function britishSpelling(word: string): string {
  return word
    .replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1')
    .replace(/([^aeiou])or(s|ed|ing|ite|ites|able)?$/, '$1our$2')
    .replace(/([^aeiou])ter(s)?$/, '$1tre$2')
    .replace(/ense$/, 'ence')
    .replace(/([aeiou])led$/, '$1lled')
    .replace(/([aeiou])ling$/, '$1lling');
}
