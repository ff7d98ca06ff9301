import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

const cache = new Map<string, string>();

/** Porter stem of a folded word (natural's PorterStemmer), memoised; numbers and short words stay as they are. */
export function stemWord(word: string): string {
  if (word.length <= 2 || /^\d/.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = porter.stem(word);
    if (cache.size > 200_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
