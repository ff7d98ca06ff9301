import { synsetAt, synsetsOf } from './wordNet.ts';

/** Shortest synonym kept: shorter ones are abbreviations ("OR" for an operating room). */
const MIN_SYNONYM_LENGTH = 3;

/** Most nouns whose synonyms are kept: a question asks for one noun; bounded like the stem cache. */
const MAX_KNOWN = 10_000;
const known = new Map<string, readonly string[]>();

/** Forms a plural noun's singular may hide in: "surgeries" → "surgery", "boxes" → "box", "berths" → "berth". */
function singularForms(noun: string): string[] {
  const forms = [noun];
  if (noun.endsWith('ies') && noun.length > 4) forms.push(`${noun.slice(0, -3)}y`);
  if (noun.endsWith('es') && noun.length > 3) forms.push(noun.slice(0, -2));
  if (noun.endsWith('s') && noun.length > 2) forms.push(noun.slice(0, -1));
  return forms;
}

/**
 * The words WordNet gives as the same noun in any of its senses ("surgeries" → "operation", in the fourth), without
 * the noun itself. Every sense counts: the counted-noun check asks for them only to spare an answer it would refuse. Empty for a word WordNet has no noun for. Loads WordNet's nouns
 * (about 20 MB) on first use.
 */
export function nounSynonyms(noun: string): readonly string[] {
  let found = known.get(noun);
  if (found === undefined) {
    const forms = singularForms(noun);
    const out = new Set<string>();
    for (const form of forms) for (const offset of synsetsOf('noun', form)) for (const w of synsetAt('noun', offset).words) if (w.length >= MIN_SYNONYM_LENGTH) out.add(w);
    for (const form of forms) out.delete(form);
    found = [...out];
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(noun, found);
  }
  return found;
}
