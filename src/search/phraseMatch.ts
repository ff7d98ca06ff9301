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
  const found = new Uint8Array(idf.length - 1);
  // Occurrences come in text order: those of the term before stand just before this one's.
  for (let at = 0; at < occurrences.length; at++) {
    const o = occurrences[at]!;
    if (o.word === 0) continue;
    for (let back = at - 1; back >= 0 && occurrences[back]!.position >= o.position - 1; back--) {
      const before = occurrences[back]!;
      if (before.position === o.position - 1 && before.word === o.word - 1) {
        found[o.word - 1] = 1;
        break;
      }
    }
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
