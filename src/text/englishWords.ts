import { readFileSync } from 'node:fs';
import type SearchableMap from 'minisearch/SearchableMap';
import { LEMMAS, SYNONYM_GROUPS } from './thesaurus.ts';
import { sortedRadixTree } from './sortedRadixTree.ts';
import { americanSpelling } from './wordVariants.ts';
import { NUMBER_WORDS } from './numberWords.ts';
import { isLightWord } from './lightWords.ts';
import { remembered } from './boundedMemo.ts';

/** What general English knows of a word: an ordinary word, a proper name, or nothing. */
export type WordKind = 'ordinary' | 'name' | 'unknown';

let ordinary: ReadonlySet<string> | undefined;
let names: ReadonlySet<string> | undefined;

function load(file: string): ReadonlySet<string> {
  return new Set(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n'));
}

/** Words of the thesaurus the POS lexicon may lack ("timeline", "timeframe"): ordinary English all the same. */
const THESAURUS_WORDS: ReadonlySet<string> = new Set([...SYNONYM_GROUPS.flat(), ...Object.keys(LEMMAS)]);

/**
 * Classifies a folded word by natural's POS lexicon (lists built by scripts/buildWordList.ts), whose lists skip
 * two-letter words: the light verbs and particles among them ("go", "do", "up") are ordinary all the same.
 * Loaded on first use: only questions with words the corpus lacks need it.
 */
export function wordKind(word: string): WordKind {
  ordinary ??= load('english-words.txt');
  names ??= load('proper-nouns.txt');
  if (ordinary.has(word) || ordinary.has(baseForm(word)) || THESAURUS_WORDS.has(word) || NUMBER_WORDS.has(word) || isLightWord(word)) return 'ordinary';
  const american = americanSpelling(word);
  if (ordinary.has(american) || ordinary.has(baseForm(american))) return 'ordinary';
  if (names.has(word)) return 'name';
  return 'unknown';
}

/** A rough base form, so plurals and verb forms of ordinary words count as ordinary ("brokered"). */
function baseForm(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

let fuzzyOrdinary: SearchableMap<true> | undefined;
// The longest word in fuzzyOrdinary: a word longer by more than its slips is near none, and is not searched (a
// fuzzy lookup costs time in proportion to the word's length, and the swap loop below multiplies that again).
let longestOrdinary = 0;

/**
 * Whether an unknown word is one or two slips from an ordinary English word ("gaurentee" → "guarantee",
 * "referencing" → "reference"): a misspelt word, not a name. Builds its lookup tree on first use.
 */
export function isMisspeltOrdinaryWord(word: string): boolean {
  if (wordKind(word) !== 'unknown') return false;
  for (const stem of [word.replace(/ing$/, 'e'), word.replace(/ed$/, 'e')]) if (stem !== word && wordKind(stem) === 'ordinary') return true;
  return closestOrdinaryWord(word) !== undefined;
}

/**
 * Answers of closestOrdinaryWord so far (null: none): a question's unknown word is looked up by typo repair and
 * again by the name test, and questions about one story repeat their rare words. Bounded like the stem cache.
 */
const MAX_CLOSEST = 20_000;
const closest = new Map<string, string | null>();

/** The ordinary English word one slip from a word (two for words of 8 letters or more), nearest first. */
export function closestOrdinaryWord(word: string): string | undefined {
  return remembered(closest, MAX_CLOSEST, word, (w) => searchClosestOrdinaryWord(w) ?? null) ?? undefined;
}

/** closestOrdinaryWord without the memo: fuzzy lookups in the tree of ordinary words. */
function searchClosestOrdinaryWord(word: string): string | undefined {
  wordKind(word);
  if (fuzzyOrdinary === undefined) {
    const words = [...ordinary!].filter((w) => w.length >= 4);
    // Built from the words sorted: the nearest word is chosen by distance, then alphabetically, in any listing order.
    fuzzyOrdinary = sortedRadixTree(words, true as const);
    longestOrdinary = words.reduce((longest, w) => Math.max(longest, w.length), 0);
  }
  const slips = word.length >= 8 ? 2 : 1;
  if (word.length > longestOrdinary + slips) return undefined;
  let best: [string, number] | undefined;
  for (const [candidate, [, distance]] of fuzzyOrdinary.fuzzyGet(word, slips)) {
    if (!best || distance < best[1] || (distance === best[1] && candidate < best[0])) best = [candidate, distance];
  }
  if (best) return best[0];
  // Swapped neighbours count as one slip ("gaurentee": "au" for "ua", then one letter more).
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    for (const [candidate, [, distance]] of fuzzyOrdinary.fuzzyGet(swapped, slips - 1)) {
      if (!best || distance < best[1] || (distance === best[1] && candidate < best[0])) best = [candidate, distance];
    }
  }
  return best?.[0];
}
