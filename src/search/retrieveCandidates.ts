import type { ExpandedQuery } from './expandQuery.ts';
import type { PassageIndex } from './passageIndex.ts';

/** A paragraph retrieval found for a question: its index id and its BM25+ score over body and title. */
export interface Candidate {
  id: number;
  bm25: number;
}

/** How many candidates retrieval hands on, and how much a title match counts. */
export interface RetrievalOptions {
  /** Paragraphs handed to feature scoring. */
  candidates: number;
  /** Weight of the title field against the body's 1. */
  titleBoost: number;
  /** Weight of the speaker field (the people a paragraph refers to without naming them) against the body's 1; 0 when not given. */
  speakerBoost?: number;
}

/**
 * Retrieves the candidate paragraphs of a question: MiniSearch's BM25+ over the expanded terms (each boosted by
 * its weight), OR-combined, best first, cut to `options.candidates`. The only stage that reads the inverted
 * index, through ParagraphSearch.top: rarest terms first, and the common ones only looked up for the paragraphs
 * found once they cannot change the top (the same candidates and scores as MiniSearch's exhaustive search).
 */
export function retrieveCandidates(index: PassageIndex, query: ExpandedQuery, options: RetrievalOptions): Candidate[] {
  if (query.termWeights.size === 0) return [];
  return index.search.top(query.termWeights, { text: 1, title: options.titleBoost, speaker: options.speakerBoost ?? 0 }, options.candidates).map((hit) => ({ id: hit.id, bm25: hit.score }));
}
