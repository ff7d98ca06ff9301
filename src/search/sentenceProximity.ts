import type { ExpandedQuery } from './expandQuery.ts';
import type { IndexedSentence } from './analyzePassage.ts';

/** Most words apart two question words may stand in a sentence and still count as next to each other. */
export const NEAR_DISTANCE = 3;

/**
 * Information (summed IDF, not yet a share) of the pairs of question words adjacent in the question that stand
 * within NEAR_DISTANCE words of each other in the sentence: each such pair counts the mean IDF of its two words.
 */
export function sentenceProximity(sentence: IndexedSentence, query: ExpandedQuery): number {
  const { idf, uses } = query;
  if (idf.length < 2) return 0;
  const lastSeen = new Int32Array(idf.length).fill(-100);
  const paired = new Uint8Array(idf.length);
  sentence.terms.forEach((term, position) => {
    const termUses = uses.get(term);
    if (!termUses) return;
    for (const { word } of termUses) {
      if (word > 0 && position - lastSeen[word - 1]! <= NEAR_DISTANCE) paired[word - 1] = 1;
      if (word + 1 < idf.length && position - lastSeen[word + 1]! <= NEAR_DISTANCE) paired[word] = 1;
    }
    for (const { word } of termUses) lastSeen[word] = position;
  });
  let sum = 0;
  for (let i = 0; i + 1 < idf.length; i++) if (paired[i]) sum += (idf[i]! + idf[i + 1]!) / 2;
  return sum;
}
