import type { ExpandedQuery } from './expandQuery.ts';

/** Where a question word stands in a text's terms, at what weight the term there stands for it, and by which use. */
export interface Occurrence {
  position: number;
  word: number;
  weight: number;
  /** The TermUse id (ExpandedQuery.useTerms). */
  use: number;
}

/**
 * Every place in a paragraph's terms (given as each term's positions) where a question word stands, in text order
 * (one per word a term stands for, in the order of the term's uses).
 */
export function occurrencesOf(termPositions: ReadonlyMap<string, readonly number[]>, query: ExpandedQuery): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [term, uses] of query.uses) {
    const positions = termPositions.get(term);
    if (!positions) continue;
    for (const position of positions) {
      for (const use of uses) if (!use.phrases || use.phrases.some((p) => standsWhole(p, term, position, termPositions))) out.push({ position, word: use.word, weight: use.weight, use: use.id });
    }
  }
  // A stable sort: the uses at one position (one term's) stay in their order.
  return out.sort((a, b) => a.position - b.position);
}

/** Whether a phrase's terms stand one right after the other around `term` at `position` (a term only part of a phrase counts there only). */
export function standsWhole(phrase: readonly string[], term: string, position: number, termPositions: ReadonlyMap<string, readonly number[]>): boolean {
  const at = phrase.indexOf(term);
  return phrase.every((t, k) => termPositions.get(t)?.includes(position - at + k) ?? false);
}
