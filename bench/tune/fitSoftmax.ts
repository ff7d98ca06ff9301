// A smooth fit of the ranking weights: the listwise softmax loss (ListNet with one relevant paragraph, Cao et al.
// 2007), −log of the gold candidate's share of exp(score) over the question's candidates, plus a small L2 penalty.
// It is convex in the weights, so plain gradient descent (Adam) finds its minimum; hit@1 itself is a step function
// that coordinate search only nudges. Questions whose gold paragraph retrieval missed do not take part.
import type { CachedQuestion } from './featureCache.ts';

/** Gradient steps: the loss is flat to 1e-5 well before this on the public pool. */
export const SOFTMAX_STEPS = 400;
/** Adam's step size (features are about 0..1, weights a few units). */
export const LEARNING_RATE = 0.05;
/** L2 penalty per weight: keeps weights of features that rarely differ between candidates near 0. */
export const L2_PENALTY = 1e-3;

/** Fits the weights (FEATURE_NAMES order) by minimising the softmax loss from `start`; `frozen` columns keep their start value. */
export function fitSoftmax(questions: readonly CachedQuestion[], start: Float64Array, frozen: ReadonlySet<number> = new Set()): Float64Array {
  const width = start.length;
  const weights = Float64Array.from(start);
  const used = questions.filter((q) => q.gold >= 0 && q.candidates > 1);
  const m = new Float64Array(width);
  const v = new Float64Array(width);
  const gradient = new Float64Array(width);
  const scores = new Float64Array(64);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= SOFTMAX_STEPS; step++) {
    gradient.fill(0);
    for (const q of used) {
      let max = -Infinity;
      const s = q.candidates <= scores.length ? scores : new Float64Array(q.candidates);
      for (let row = 0; row < q.candidates; row++) {
        let score = 0;
        for (let col = 0; col < width; col++) score += weights[col]! * q.features[row * width + col]!;
        s[row] = score;
        if (score > max) max = score;
      }
      let sum = 0;
      for (let row = 0; row < q.candidates; row++) sum += (s[row] = Math.exp(s[row]! - max));
      for (let row = 0; row < q.candidates; row++) {
        const p = s[row]! / sum - (row === q.gold ? 1 : 0);
        for (let col = 0; col < width; col++) gradient[col]! += (p * q.features[row * width + col]!) / used.length;
      }
    }
    for (let col = 0; col < width; col++) {
      if (frozen.has(col)) continue;
      const g = gradient[col]! + 2 * L2_PENALTY * weights[col]!;
      m[col] = beta1 * m[col]! + (1 - beta1) * g;
      v[col] = beta2 * v[col]! + (1 - beta2) * g * g;
      const mHat = m[col]! / (1 - beta1 ** step);
      const vHat = v[col]! / (1 - beta2 ** step);
      weights[col]! -= (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + epsilon);
    }
  }
  return weights;
}
