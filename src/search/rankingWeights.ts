import type { RetrievalOptions } from './retrieveCandidates.ts';

/** The features a candidate paragraph is scored by (see scoreFeatures), each about 0..1. */
export interface RankingFeatures {
  /** The paragraph's BM25+ score, as a share of the best candidate's. */
  bm25: number;
  /** The best sentence's share of the question's information (IDF-weighted). */
  sentence: number;
  /** The best sentence and its better neighbour: their share of the question's information. */
  window: number;
  /** Information of question words that stand next to each other in the best sentence, as in the question. */
  proximity: number;
  /** Whether the best sentence holds the kind of fact asked for (a date for "when"). */
  answerType: number;
  /** Share of the question's names (people, places, acronyms) the paragraph holds. */
  names: number;
  /** Where a document first names what a "what/who is X?" question asks about (1 or 0). */
  firstMention: number;
}

/** Names of the features, in a fixed order (for tuning and reports). */
export const FEATURE_NAMES = ['bm25', 'sentence', 'window', 'proximity', 'answerType', 'names', 'firstMention'] as const satisfies readonly (keyof RankingFeatures)[];

/** The weight of each feature in a candidate's score. */
export type RankingWeights = Record<keyof RankingFeatures, number>;

/** Retrieval options and feature weights: everything ranking can be tuned by. */
export type RankingOptions = RetrievalOptions & RankingWeights;

/** Paragraphs handed from retrieval to feature scoring: set by hand on XQuAD (hit@30 is about 99.5%). */
export const CANDIDATES = 30;
/** Title field weight in retrieval: set by hand on XQuAD and the own question set. */
export const TITLE_BOOST = 0.3;

/** Feature weights; set by hand on the XQuAD benchmark and the own question set. */
export const RANKING_WEIGHTS: RankingWeights = {
  bm25: 1,
  sentence: 1,
  window: 0.5,
  proximity: 0.3,
  answerType: 0.15,
  names: 0.3,
  // News and reference writing introduce a person or an acronym at its first mention.
  firstMention: 0.5,
};

/** Default ranking options. */
export const DEFAULT_RANKING: RankingOptions = { candidates: CANDIDATES, titleBoost: TITLE_BOOST, ...RANKING_WEIGHTS };
