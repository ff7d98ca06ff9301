import { FEATURE_NAMES, type RankingFeatures, type RankingWeights } from './rankingWeights.ts';

/** A candidate's score: the weighted sum of its features. */
export function combineScores(features: RankingFeatures, weights: RankingWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += weights[name] * features[name];
  return score;
}
