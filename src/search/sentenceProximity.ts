import type { ExpandedQuery } from './expandQuery.ts';
import type { Occurrence } from './queryOccurrences.ts';

/** Most words apart two question words may stand in a sentence and still count as next to each other. */
export const NEAR_DISTANCE = 3;

/**
 * Information (summed IDF, not yet a share) of the pairs of question words adjacent in the question that stand
 * within NEAR_DISTANCE words of each other in a sentence: each such pair counts the mean IDF of its two words.
 * The sentence is occurrences[from..to) (in text order).
 */
export function sentenceProximity(occurrences: readonly Occurrence[], from: number, to: number, query: ExpandedQuery): number {
  const { idf } = query;
  if (idf.length < 2 || to - from < 2) return 0;
  const lastSeen = new Float64Array(idf.length).fill(-Infinity);
  const paired = new Uint8Array(idf.length);
  for (let group = from; group < to; ) {
    const position = occurrences[group]!.position;
    let end = group;
    while (end < to && occurrences[end]!.position === position) end++;
    // Every word the term here stands for is checked against its neighbours before any is recorded as seen here.
    for (let o = group; o < end; o++) {
      const { word } = occurrences[o]!;
      if (word > 0 && position - lastSeen[word - 1]! <= NEAR_DISTANCE) paired[word - 1] = 1;
      if (word + 1 < idf.length && position - lastSeen[word + 1]! <= NEAR_DISTANCE) paired[word] = 1;
    }
    for (let o = group; o < end; o++) lastSeen[occurrences[o]!.word] = position;
    group = end;
  }
  let sum = 0;
  for (let i = 0; i + 1 < idf.length; i++) if (paired[i]) sum += (idf[i]! + idf[i + 1]!) / 2;
  return sum;
}
