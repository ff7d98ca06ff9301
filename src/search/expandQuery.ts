import type { AnalyzedQuestion } from './analyzeQuestion.ts';

/** One way a corpus term stands for a question word: which word (its index in the question), at what weight, and its id. */
export interface TermUse {
  word: number;
  weight: number;
  /** Index of this use in ExpandedQuery.useTerms (the same across the query's terms). */
  id: number;
  /** For a term standing for the word only inside a phrase (QueryWord.phrases): the phrases, one of which must stand whole. */
  phrases?: readonly (readonly string[])[];
}

/** A question expanded into the corpus terms that stand for its words: the first stage of ranking. */
export interface ExpandedQuery {
  /** Corpus term → the question words it stands for, with their weights. */
  uses: ReadonlyMap<string, readonly TermUse[]>;
  /** The corpus term of each use, by use id. */
  useTerms: readonly string[];
  /** Corpus term → its best weight over the question words (what retrieval boosts it by). */
  termWeights: ReadonlyMap<string, number>;
  /** Per question word, its IDF in the corpus (how much it says). */
  idf: readonly number[];
  /** Sum of the question words' IDF (at least 1 when it would be 0): the question's information. */
  totalInformation: number;
  /** Indexes of the question words that are names the corpus has. */
  nameWords: readonly number[];
  /** Ids of the uses through a missing word's related terms (QueryWord.related): they rank, but are no evidence for the verifier. */
  relatedUses: ReadonlySet<number>;
}

/** Expands a question: every alternative term of every word (itself, variants, synonyms, acronym forms), weighted. */
export function expandQuery(question: AnalyzedQuestion): ExpandedQuery {
  const uses = new Map<string, TermUse[]>();
  const useTerms: string[] = [];
  const termWeights = new Map<string, number>();
  const relatedUses = new Set<number>();
  question.words.forEach((word, i) => {
    const addUse = (term: string, weight: number, related: boolean) => {
      const phrases = related ? undefined : word.phrases?.get(term);
      const use: TermUse = { word: i, weight, id: useTerms.push(term) - 1, ...(phrases && { phrases }) };
      if (related) relatedUses.add(use.id);
      const known = uses.get(term);
      if (known) known.push(use);
      else uses.set(term, [use]);
      termWeights.set(term, Math.max(termWeights.get(term) ?? 0, weight));
    };
    for (const [term, weight] of word.alternatives) addUse(term, weight, false);
    for (const [term, weight] of word.related ?? []) addUse(term, weight, true);
  });
  const idf = question.words.map((w) => w.idf);
  return {
    uses,
    useTerms,
    termWeights,
    idf,
    totalInformation: idf.reduce((sum, x) => sum + x, 0) || 1,
    nameWords: question.words.flatMap((w, i) => (w.isName && !w.missing ? [i] : [])),
    relatedUses,
  };
}

/** The question's information a set of per-word weights holds, as a share 0..1 (IDF-weighted). */
export function informationShare(query: ExpandedQuery, weights: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * query.idf[i]!;
  return sum / query.totalInformation;
}
