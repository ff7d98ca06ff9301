// Coordinate ascent on hit@1: each weight in turn tries a grid of values (the others held), keeps the best, until a
// sweep changes nothing. The first feature (bm25) stays at its weight: scores are compared, so scale is free.
import { hitAt1, type CachedQuestion } from './featureCache.ts';

/** Values each weight may take: 0 and a geometric grid from 0.05 to 3.2 (a factor of 2 apart, then halves in between). */
export const WEIGHT_GRID = [0, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.2, 1.6, 2.4, 3.2];
/** Weights a feature may take with a negative sign (penalties): the same grid, negated. */
const SIGNED_GRID = [...WEIGHT_GRID.slice(1).map((w) => -w).reverse(), ...WEIGHT_GRID];
/** Sweeps over all weights at most (each sweep usually gains less; three or four reach a fixed point). */
export const MAX_SWEEPS = 6;

/** Fits the weights on some questions, starting from `start`; `signed` columns may go negative. */
export function fitWeights(questions: readonly CachedQuestion[], start: Float64Array, signed: ReadonlySet<number> = new Set()): Float64Array {
  const weights = Float64Array.from(start);
  let best = hitAt1(questions, weights);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let changed = false;
    for (let col = 1; col < weights.length; col++) {
      const current = weights[col]!;
      let bestValue = current;
      for (const value of signed.has(col) ? SIGNED_GRID : WEIGHT_GRID) {
        if (value === current) continue;
        weights[col] = value;
        const hit = hitAt1(questions, weights);
        // A strictly better fit, or as good with a smaller weight (the simpler model).
        if (hit > best + 1e-12 || (Math.abs(hit - best) <= 1e-12 && Math.abs(value) < Math.abs(bestValue))) {
          if (hit > best + 1e-12) changed = true;
          best = hit;
          bestValue = value;
        }
      }
      weights[col] = bestValue;
    }
    if (!changed) break;
  }
  return weights;
}
