import type { ExpandedQuery } from './expandQuery.ts';

/** Where a question word stands in a text's terms, at what weight the term there stands for it, and by which use. */
export interface Occurrence {
  position: number;
  word: number;
  weight: number;
  /** The TermUse id (ExpandedQuery.useTerms). */
  use: number;
}

/** Every place in a sequence of index terms where a question word stands, in text order (one per word a term stands for). */
export function occurrencesOf(terms: readonly string[], query: ExpandedQuery): Occurrence[] {
  const out: Occurrence[] = [];
  for (let position = 0; position < terms.length; position++) {
    const uses = query.uses.get(terms[position]!);
    if (uses) for (const use of uses) out.push({ position, word: use.word, weight: use.weight, use: use.id });
  }
  return out;
}
