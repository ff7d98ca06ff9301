import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../src/search/combineScores.ts';
import { FEATURE_NAMES, RANKING_WEIGHTS, type RankingFeatures, type RankingWeights } from '../../../src/search/rankingWeights.ts';

/** A value for every feature. */
const byFeature = (value: (name: (typeof FEATURE_NAMES)[number], i: number) => number): RankingFeatures & RankingWeights =>
  Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, value(name, i)])) as Record<(typeof FEATURE_NAMES)[number], number>;
const features = byFeature((_, i) => (i + 1) / 10);

describe('combineScores', () => {
  it('is the weighted sum of the features', () => {
    const expected = FEATURE_NAMES.reduce((sum, name) => sum + RANKING_WEIGHTS[name] * features[name], 0);
    expect(combineScores(features, RANKING_WEIGHTS)).toBeCloseTo(expected);
  });

  it('ignores a feature of weight 0 and counts one of weight 1 as is', () => {
    for (const name of FEATURE_NAMES) {
      const only = byFeature((n) => (n === name ? 1 : 0));
      expect(combineScores(features, only)).toBeCloseTo(features[name]);
    }
  });
});
