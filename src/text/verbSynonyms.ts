import { LEMMAS } from './thesaurus.ts';
import { synsetAt, synsetsOf } from './wordNet.ts';
import { lightVerbBase } from './lightWords.ts';
import { remembered } from './boundedMemo.ts';

/** Forms a verb's base may hide in: "mapped" → "map", "drafted" → "draft", "wrote" → "write", "expires" → "expire", "goes" → "go". */
function baseForms(word: string): string[] {
  const forms = [word, LEMMAS[word] ?? word, lightVerbBase(word) ?? word];
  for (const [ending, replacement] of [['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['es', ''], ['s', '']] as const) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    forms.push(stem);
    // "mapped" → "mapp" → "map".
    if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  return [...new Set(forms)];
}

/**
 * Senses of a verb whose synonyms count, WordNet's most frequent first: set by hand on the bench's near-miss set and
 * XQuAD (more let a common verb's rare senses stand for it: "lead" → "run", "pass").
 */
export const SENSES = 3;

/**
 * The words WordNet gives as the same verb in one of its first SENSES senses ("surrender" → "give" of "give up", "cede",
 * "deliver"; "broaden" → "widen", "extend"), and the troponyms of its first, most frequent sense: the verbs for one
 * manner of it ("map" → "chart", "kill" → "massacre"). Troponyms of the other senses are left out: a common verb's
 * rare senses lead to almost any verb ("lead" → "go", "run", "give"). Multi-word verbs are given
 * as words apart by spaces ("give up"). Empty for a word WordNet has no verb for. Loads WordNet's verbs on first use.
 */
export function verbSynonyms(word: string): readonly string[] {
  return remembered(known, MAX_KNOWN, word, lookUpSynonyms);
}

/**
 * Answers of verbSynonyms so far: each paragraph tried for a question asks again, and a lookup scans the index
 * (about 2 ms). Bounded like the stem cache.
 */
const MAX_KNOWN = 10_000;
const known = new Map<string, readonly string[]>();

/** verbSynonyms without the memo. */
function lookUpSynonyms(word: string): string[] {
  const out = new Set<string>();
  const visit = (offset: number, withTroponyms: boolean) => {
    const { words, pointers } = synsetAt('verb', offset);
    for (const w of words) out.add(w);
    if (!withTroponyms) return;
    for (const [symbol, target, pos] of pointers) if (symbol === '~' && pos === 'v') visit(target, false);
  };
  const forms = baseForms(word);
  for (const form of forms) synsetsOf('verb', form).slice(0, SENSES).forEach((offset, sense) => visit(offset, sense === 0));
  for (const form of forms) out.delete(form);
  return [...out];
}

/**
 * Phrasal verbs of news writing whose news sense WordNet lacks ("sign off" there only ends a broadcast; "roll out",
 * "scale back", "back down" are missing or only literal), with one-word verbs for that sense. General English, no
 * story's words.
 */
const NEWS_PHRASAL_VERBS: Readonly<Record<string, readonly string[]>> = {
  'sign off': ['approve', 'endorse', 'authorize'],
  'roll out': ['launch', 'introduce'],
  'scale back': ['reduce', 'cut', 'curtail'],
  'back down': ['retreat', 'concede', 'yield'],
  'crack down': ['suppress', 'clamp'],
};

/**
 * The one-word verbs WordNet gives for a phrasal verb in one of its first SENSES senses ("go back" → "return", "go up" →
 * "rise", "knock down" → "demolish", "pay back" → "repay"), and those of its news sense where WordNet lacks it
 * (NEWS_PHRASAL_VERBS: "sign off" → "approve"): a story words the event with them. Empty when neither has such a
 * phrasal verb. Loads WordNet's verbs on first use.
 */
export function phrasalSynonyms(verb: string, particle: string): readonly string[] {
  return remembered(knownPhrasal, MAX_KNOWN, `${verb} ${particle}`, () => {
    const out = new Set<string>();
    for (const form of baseForms(verb)) {
      for (const offset of synsetsOf('verb', `${form}_${particle}`).slice(0, SENSES)) for (const w of synsetAt('verb', offset).words) if (!w.includes(' ')) out.add(w);
      for (const w of NEWS_PHRASAL_VERBS[`${form} ${particle}`] ?? []) out.add(w);
    }
    return [...out];
  });
}

/** Answers of phrasalSynonyms so far, bounded as verbSynonyms' are. */
const knownPhrasal = new Map<string, readonly string[]>();
