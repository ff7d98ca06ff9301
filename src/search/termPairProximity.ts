import type { ExpandedQuery } from './expandQuery.ts';
import type { Occurrence } from './queryOccurrences.ts';

/** Farthest apart (in index terms) two question words still count as a pair: Rasolofo and Savoy's BM25TP uses 5. */
export const PAIR_WINDOW = 5;
/** Saturation of a pair's accumulated closeness, BM25's k1 (1.2, as for the paragraph index). */
export const PAIR_SATURATION = 1.2;

/**
 * Term-pair proximity in the manner of BM25TP (Rasolofo and Savoy 2003): every two occurrences of different question
 * words within PAIR_WINDOW terms add 1/distance² to their pair, each pair's sum saturates as BM25 does term frequency,
 * and counts the smaller IDF of its two words. Returned as a share of the most the question's pairs could score.
 */
export function termPairProximity(occurrences: readonly Occurrence[], query: ExpandedQuery): number {
  const { idf } = query;
  const n = idf.length;
  if (n < 2) return 0;
  const closeness = new Float64Array(n * n);
  for (let a = 0; a < occurrences.length; a++) {
    const first = occurrences[a]!;
    for (let b = a + 1; b < occurrences.length; b++) {
      const second = occurrences[b]!;
      const distance = second.position - first.position;
      if (distance > PAIR_WINDOW) break;
      if (distance === 0 || first.word === second.word) continue;
      const low = Math.min(first.word, second.word);
      const high = Math.max(first.word, second.word);
      closeness[low * n + high]! += Math.min(first.weight, second.weight) / (distance * distance);
    }
  }
  let score = 0;
  let most = 0;
  for (let low = 0; low < n; low++) {
    for (let high = low + 1; high < n; high++) {
      const weight = Math.min(idf[low]!, idf[high]!);
      const tpi = closeness[low * n + high]!;
      most += weight;
      if (tpi > 0) score += (weight * tpi) / (PAIR_SATURATION + tpi);
    }
  }
  // Each pair scores below weight × 1 (tpi / (k + tpi) < 1); (k + 1) is dropped from both sides of the share.
  return most === 0 ? 0 : score / most;
}
