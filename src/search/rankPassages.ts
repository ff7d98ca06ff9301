import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { attainableScore, combineScores, evidenceShare } from './combineScores.ts';
import { expandQuery } from './expandQuery.ts';
import type { PassageIndex } from './passageIndex.ts';
import { DEFAULT_RANKING, type RankingOptions } from './rankingWeights.ts';
import { retrieveCandidates } from './retrieveCandidates.ts';
import { scoreFeatures, type ScoredPassage } from './scoreFeatures.ts';

export { DEFAULT_RANKING, type RankingOptions } from './rankingWeights.ts';

/** A paragraph with its score and the evidence behind it. */
export interface RankedPassage extends ScoredPassage {
  score: number;
  /** How much of the question the paragraph holds (evidenceShare), 0..1: the evidence floor's unit. */
  evidence: number;
}

/**
 * Ranks paragraphs for a question, as a pipeline: expand the query (expandQuery) → retrieve candidates
 * (retrieveCandidates, BM25+) → score features (scoreFeatures) → combine them with named weights (combineScores).
 */
export function rankPassages(index: PassageIndex, question: AnalyzedQuestion, options: RankingOptions = DEFAULT_RANKING): RankedPassage[] {
  const query = expandQuery(question);
  const candidates = retrieveCandidates(index, query, options);
  if (candidates.length === 0) return [];
  const scored = scoreFeatures(question, query, candidates, index);
  const attainable = attainableScore(options);
  return scored
    .map((s): RankedPassage => {
      const score = combineScores(s.features, options);
      return Object.assign(s, { score, evidence: evidenceShare(s.evidenceFeatures ?? s.features, options, attainable) });
    })
    .sort((a, b) => b.score - a.score);
}
