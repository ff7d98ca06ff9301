import { FEATURE_NAMES, type RankingFeatures, type RankingWeights } from './rankingWeights.ts';

/** A candidate's score: the weighted sum of its features. */
export function combineScores(features: RankingFeatures, weights: RankingWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += weights[name] * features[name];
  return score;
}

/**
 * The highest score any paragraph could reach with these weights: every feature with a positive weight at 1 (its
 * top), every other at 0. Dividing a score by it gives a share that does not move when the weights are refitted.
 */
export function attainableScore(weights: RankingWeights): number {
  let attainable = 0;
  for (const name of FEATURE_NAMES) attainable += Math.max(0, weights[name]);
  return attainable;
}
