// Article-disjoint folds: every question of an article falls in the same fold, so a fold's questions are about
// articles whose questions the fit never saw.
import type { CachedQuestion } from './featureCache.ts';

/** Folds of the cross-validation. */
export const FOLDS = 5;

/** Splits questions into FOLDS article-disjoint folds: articles sorted by id, dealt out in turn. */
export function articleFolds(questions: readonly CachedQuestion[], folds = FOLDS): CachedQuestion[][] {
  const articles = [...new Set(questions.map((q) => q.doc))].sort();
  const foldOf = new Map(articles.map((doc, i) => [doc, i % folds]));
  const out: CachedQuestion[][] = Array.from({ length: folds }, () => []);
  for (const q of questions) out[foldOf.get(q.doc)!]!.push(q);
  return out;
}
