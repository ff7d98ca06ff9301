import { synsetAt, synsetsOf } from './wordNet.ts';

/** WordNet's lexicographer file of nouns that name people (lexnames: noun.person). */
export const NOUN_PERSON_FILE = 18;

/**
 * Senses of a noun read, most frequent first: four reach the sense of a post ("head": a body part, …, the person in
 * charge, the fourth) without the rare senses of words that are seldom people ("name" is a person only in its fifth).
 */
const PERSON_SENSES = 4;

const known = new Map<string, boolean>();

/**
 * Whether a noun names a person in one of its commonest senses ("minister", "chief executive", "spokesperson",
 * "head"; not "budget", "company"), read from WordNet's noun.person file. Loads WordNet's nouns on first use.
 */
export function isPersonNoun(noun: string): boolean {
  const lemma = noun.toLowerCase().replace(/[\s-]+/g, '_');
  let person = known.get(lemma);
  if (person === undefined) {
    const forms = lemma.endsWith('s') ? [lemma, lemma.slice(0, -1)] : [lemma];
    person = forms.some((form) => synsetsOf('noun', form).slice(0, PERSON_SENSES).some((offset) => synsetAt('noun', offset).lexFile === NOUN_PERSON_FILE));
    known.set(lemma, person);
  }
  return person;
}
