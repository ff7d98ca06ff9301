import type { ExpandedQuery } from './expandQuery.ts';
import type { PassageIndex } from './passageIndex.ts';
import type { Occurrence } from './queryOccurrences.ts';

/** BM25 parameters at the sentence level: the usual k1 and b (Robertson and Zaragoza 2009), as for paragraphs. */
export const SENTENCE_BM25 = { k: 1.2, b: 0.75 };

/** What scoring sentences by BM25 needs of a question: each use's inverse sentence frequency, the mean sentence length. */
export interface SentenceScorer {
  /** Per TermUse id, the inverse sentence frequency of its term. */
  idf: Float64Array;
  averageLength: number;
  /** Scratch counts per TermUse id (all 0 between calls). */
  counts: Uint16Array;
  /** Scratch best score per question word (all 0 between calls). */
  best: Float64Array;
}

/** The sentence-level BM25 statistics of a question's terms, from the index (counted at indexing). */
export function sentenceScorer(index: PassageIndex, query: ExpandedQuery): SentenceScorer {
  const { count, terms } = index.sentences;
  return {
    idf: Float64Array.from(query.useTerms, (term) => index.sentenceIdf(term)),
    averageLength: count === 0 ? 1 : Math.max(1, terms / count),
    counts: new Uint16Array(query.useTerms.length),
    best: new Float64Array(query.idf.length),
  };
}

/**
 * BM25 of one sentence with sentence-level statistics (how many sentences hold a term, how long sentences are): per
 * question word, the best of its terms, scaled by that term's weight for the word. The sentence is `length` terms
 * long and holds occurrences[from..to).
 */
export function sentenceBm25(occurrences: readonly Occurrence[], from: number, to: number, length: number, scorer: SentenceScorer): number {
  if (to <= from) return 0;
  const { k, b } = SENTENCE_BM25;
  const { counts, best, idf } = scorer;
  for (let o = from; o < to; o++) counts[occurrences[o]!.use]! += 1;
  const norm = k * (1 - b + (b * length) / scorer.averageLength);
  for (let o = from; o < to; o++) {
    const { use, word, weight } = occurrences[o]!;
    const tf = counts[use]!;
    if (tf === 0) continue;
    counts[use] = 0;
    best[word] = Math.max(best[word]!, (weight * idf[use]! * tf * (k + 1)) / (tf + norm));
  }
  let sum = 0;
  for (let i = 0; i < best.length; i++) {
    sum += best[i]!;
    best[i] = 0;
  }
  return sum;
}
