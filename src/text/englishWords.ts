import { readFileSync } from 'node:fs';
import { americanSpelling } from './wordVariants.ts';

/** What general English knows of a word: an ordinary word, a proper name, or nothing. */
export type WordKind = 'ordinary' | 'name' | 'unknown';

let ordinary: ReadonlySet<string> | undefined;
let names: ReadonlySet<string> | undefined;

function load(file: string): ReadonlySet<string> {
  return new Set(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n'));
}

/**
 * Classifies a folded word by natural's POS lexicon (lists built by scripts/buildWordList.ts).
 * Loaded on first use: only questions with words the corpus lacks need it.
 */
export function wordKind(word: string): WordKind {
  ordinary ??= load('english-words.txt');
  names ??= load('proper-nouns.txt');
  if (ordinary.has(word) || ordinary.has(baseForm(word))) return 'ordinary';
  const american = americanSpelling(word);
  if (ordinary.has(american) || ordinary.has(baseForm(american))) return 'ordinary';
  if (names.has(word)) return 'name';
  return 'unknown';
}

/** A rough base form, so plurals and verb forms of ordinary words count as ordinary ("brokered"). */
function baseForm(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(ing|ed|es|s)$/, '');
}
