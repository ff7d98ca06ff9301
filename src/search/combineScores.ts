import { FEATURE_NAMES, type RankingFeatures, type RankingWeights } from './rankingWeights.ts';

/**
 * Features that only order passages, left out of the evidence (see evidenceShare): typedShare tells apart passages
 * by the kind of fact asked for, and is 0 for every passage of the many questions that ask for no kind, so counting
 * it would lower their evidence against the floor (on XQuAD it refused 2 more answerable questions).
 */
const ORDERING_ONLY: ReadonlySet<keyof RankingFeatures> = new Set(['typedShare']);

/** A candidate's score: the weighted sum of its features. */
export function combineScores(features: RankingFeatures, weights: RankingWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += weights[name] * features[name];
  return score;
}

/**
 * The highest evidence score any paragraph could reach with these weights: every evidence feature with a positive
 * weight at 1 (its top), every other at 0. Dividing by it gives a share that does not move when the weights are refitted.
 */
export function attainableScore(weights: RankingWeights): number {
  let attainable = 0;
  for (const name of FEATURE_NAMES) if (!ORDERING_ONLY.has(name)) attainable += Math.max(0, weights[name]);
  return attainable;
}

/** How much of the question a candidate holds, 0..1: its score without the ordering-only features, as a share of attainableScore. */
export function evidenceShare(features: RankingFeatures, weights: RankingWeights, attainable = attainableScore(weights)): number {
  if (attainable <= 0) return 0;
  let score = 0;
  for (const name of FEATURE_NAMES) if (!ORDERING_ONLY.has(name)) score += weights[name] * features[name];
  return score / attainable;
}
