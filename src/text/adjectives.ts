import { synsetsOf } from './wordNet.ts';

/**
 * Whether WordNet knows a word more often as an adjective than as a noun ("old", "new", "interim"; not "parliament",
 * "force"): in "will the old bridge close" it modifies the subject rather than heading it. Loads WordNet's adjectives
 * and nouns on first use.
 */
export function isMostlyAdjective(word: string): boolean {
  const lemma = word.toLowerCase();
  return synsetsOf('adj', lemma).length > synsetsOf('noun', lemma).length;
}
