import { informationShare, type ExpandedQuery } from './expandQuery.ts';
import type { IndexedPassage } from './analyzePassage.ts';

/** A candidate as the article prior reads it: its paragraph and the weight at which it holds each question word. */
export interface ArticleEvidence {
  indexed: IndexedPassage;
  wordWeights: Float64Array;
}

/**
 * A small article-level prior: per document, the share of the question's information that its candidate paragraphs
 * and its title hold together. A paragraph of an article about the question's subject gains over an equally
 * matching one elsewhere; the article is never chosen first (that lost on the public sets).
 */
export function articleShares(candidates: readonly ArticleEvidence[], query: ExpandedQuery): Map<string, number> {
  const byDocument = new Map<string, Float64Array>();
  for (const c of candidates) {
    const doc = c.indexed.document.id;
    let weights = byDocument.get(doc);
    if (!weights) {
      weights = new Float64Array(query.idf.length);
      for (const term of c.indexed.titleTerms) for (const use of query.uses.get(term) ?? []) weights[use.word] = Math.max(weights[use.word]!, use.weight);
      byDocument.set(doc, weights);
    }
    for (let i = 0; i < weights.length; i++) weights[i] = Math.max(weights[i]!, c.wordWeights[i]!);
  }
  return new Map([...byDocument].map(([doc, weights]) => [doc, informationShare(query, weights)]));
}
