import { isClippingOf, isContractionOf, mayBeContraction, MIN_CLIPPED_OFF, MIN_CLIPPING, MIN_CONTRACTION } from '../text/clippedWords.ts';
import type { PassageIndex } from './passageIndex.ts';

/** Fewest letters of a clipped part of a run-together word ("mid" of "mideast"), which must then be the start of one corpus word only. */
export const MIN_CLIPPED_PART = 3;

/** A corpus word and its index term. */
type VocabularyEntry = readonly [word: string, term: string];

/**
 * Corpus words by their contraction key (see contractionKey), built once per vocabulary: a contraction is
 * looked up among the few words that share its key, not among every word of its first letter. Keyed by the
 * index's fuzzy vocabulary, which the index rebuilds when its corpus changes.
 */
const byContractionKey = new WeakMap<object, Map<string, VocabularyEntry[]>>();

/** First letter and first consonant after it ("government" → "gv", "international" → "in"): what a contraction keeps of a word's start. */
function contractionKey(word: string): string {
  const consonant = /[^aeiou]/.exec(word.slice(1))?.[0] ?? '';
  return word[0]! + consonant;
}

function contractionCandidates(short: string, index: PassageIndex): readonly VocabularyEntry[] {
  const vocabulary = index.fuzzyVocabulary;
  let keyed = byContractionKey.get(vocabulary);
  if (!keyed) {
    keyed = new Map();
    for (const [word, term] of index.vocabulary) {
      if (word.length < MIN_CONTRACTION + MIN_CLIPPED_OFF || !/^\p{Ll}+$/u.test(word)) continue;
      const key = contractionKey(word);
      const entries = keyed.get(key);
      if (entries) entries.push([word, term]);
      else keyed.set(key, [[word, term]]);
    }
    byContractionKey.set(vocabulary, keyed);
  }
  return keyed.get(contractionKey(short)) ?? [];
}

/**
 * The corpus term a shortened question word stands for: the most frequent corpus word it is a clipping of
 * ("admin" → administration) or a contraction of ("govt" → government, "intl" → international); undefined
 * when the corpus has none.
 */
export function clippedTerm(short: string, index: PassageIndex): string | undefined {
  if (!/^\p{Ll}+$/u.test(short)) return undefined;
  let best: { term: string; df: number } | undefined;
  const consider = (word: string, term: string): void => {
    if (!isClippingOf(short, word) && !isContractionOf(short, word)) return;
    const df = index.documentFrequency.get(term) ?? 0;
    if (!best || df > best.df) best = { term, df };
  };
  if (short.length >= MIN_CLIPPING) for (const [word, term] of index.fuzzyVocabulary.atPrefix(short)) consider(word, term);
  if (mayBeContraction(short)) for (const [word, term] of contractionCandidates(short, index)) consider(word, term);
  return best?.term;
}

/** The one corpus term whose words start with a short part ("mid" → middle); undefined when none or several do. */
export function uniqueStartTerm(part: string, index: PassageIndex): string | undefined {
  if (part.length < MIN_CLIPPED_PART) return undefined;
  let found: string | undefined;
  for (const [word, term] of index.fuzzyVocabulary.atPrefix(part)) {
    if (word.length < part.length + MIN_CLIPPED_OFF) continue;
    if (found !== undefined && found !== term) return undefined;
    found = term;
  }
  return found;
}
