import { describe, expect, it } from 'vitest';
import { attainableScore, combineScores, evidenceShare } from '../../../src/search/combineScores.ts';
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

  it('leaves the typed share out of the evidence, which stays a share of the attainable score', () => {
    const none = byFeature(() => 0);
    expect(evidenceShare({ ...none, typedShare: 1 }, RANKING_WEIGHTS)).toBe(0);
    expect(combineScores({ ...none, typedShare: 1 }, RANKING_WEIGHTS)).toBeCloseTo(RANKING_WEIGHTS.typedShare);
    const top = byFeature((name) => (RANKING_WEIGHTS[name] > 0 ? 1 : 0));
    expect(evidenceShare(top, RANKING_WEIGHTS)).toBeCloseTo(1);
    expect(attainableScore(RANKING_WEIGHTS)).toBeCloseTo(combineScores({ ...top, typedShare: 0 }, RANKING_WEIGHTS));
  });
});
