import type { ExpandedQuery } from './expandQuery.ts';
import type { Occurrence } from './queryOccurrences.ts';

/**
 * Ordered-bigram matching, as in the sequential dependence model (Metzler and Croft 2005): the share of the
 * information of the question's neighbouring word pairs that the text holds in the question's order, one right after
 * the other (stop words are not index terms, so "Secretary of State" matches "Secretary-State"). Each pair counts the
 * mean IDF of its two words.
 */
export function orderedBigramShare(occurrences: readonly Occurrence[], query: ExpandedQuery): number {
  const { idf } = query;
  if (idf.length < 2) return 0;
  const wordsAt = new Map<number, number[]>();
  for (const o of occurrences) {
    const known = wordsAt.get(o.position);
    if (known) known.push(o.word);
    else wordsAt.set(o.position, [o.word]);
  }
  const found = new Uint8Array(idf.length - 1);
  for (const o of occurrences) {
    if (o.word > 0 && wordsAt.get(o.position - 1)?.includes(o.word - 1)) found[o.word - 1] = 1;
  }
  let held = 0;
  let total = 0;
  for (let i = 0; i + 1 < idf.length; i++) {
    const pair = (idf[i]! + idf[i + 1]!) / 2;
    total += pair;
    if (found[i]) held += pair;
  }
  return total === 0 ? 0 : held / total;
}
