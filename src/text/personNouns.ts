import { synsetAt, synsetsOf } from './wordNet.ts';

/** WordNet's lexicographer file of nouns that name people (lexnames: noun.person). */
export const NOUN_PERSON_FILE = 18;

/**
 * Senses of a noun read, most frequent first: four reach the sense of a post ("head": a body part, …, the person in
 * charge, the fourth) without the rare senses of words that are seldom people ("name" is a person only in its fifth).
 */
const PERSON_SENSES = 4;

/** WordNet's lexicographer file of nouns that name groups and bodies (lexnames: noun.group: "federation", "union", "party"). */
export const NOUN_GROUP_FILE = 14;

/** WordNet's lexicographer file of nouns that name places (lexnames: noun.location). */
export const NOUN_LOCATION_FILE = 15;

const known = new Map<string, boolean>();

/**
 * Whether a noun has one of its commonest `senses` (PERSON_SENSES by default) in a WordNet lexicographer file (noun.person,
 * noun.location), singular or plural. Loads WordNet's nouns on first use.
 */
export function nounOfFile(noun: string, lexFile: number, senses = PERSON_SENSES): boolean {
  const lemma = noun.toLowerCase().replace(/[\s-]+/g, '_');
  const key = `${lexFile} ${senses} ${lemma}`;
  let found = known.get(key);
  if (found === undefined) {
    const forms = lemma.endsWith('s') ? [lemma, lemma.slice(0, -1)] : [lemma];
    found = forms.some((form) => synsetsOf('noun', form).slice(0, senses).some((offset) => synsetAt('noun', offset).lexFile === lexFile));
    known.set(key, found);
  }
  return found;
}

/**
 * Whether a noun names a person in one of its commonest senses ("minister", "chief executive", "spokesperson",
 * "head"; not "budget", "company"), read from WordNet's noun.person file. Loads WordNet's nouns on first use.
 */
export function isPersonNoun(noun: string): boolean {
  return nounOfFile(noun, NOUN_PERSON_FILE);
}
