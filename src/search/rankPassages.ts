import { answerTypeFit } from '../text/answerTypes.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { IndexedPassage, IndexedSentence, PassageIndex } from './passageIndex.ts';

/** Weights of the reranking features; defaults were set on the XQuAD benchmark and the own question set. */
export interface RankingOptions {
  /** Paragraphs MiniSearch hands to the reranker. Default 30. */
  candidates: number;
  /** Weight of the title field in MiniSearch. Default 0.3. */
  titleBoost: number;
  /** Weight of the paragraph's BM25 score, normalized to the best candidate's. Default 1. */
  bm25: number;
  /** Weight of the best sentence's share of the question's information (IDF-weighted). Default 1. */
  sentence: number;
  /** Weight of the best two adjacent sentences' share. Default 0.5. */
  window: number;
  /** Weight of question words found next to each other in a sentence, as in the question. Default 0.3. */
  proximity: number;
  /** Weight of the best sentence holding the kind of fact asked for (a date for "when"). Default 0.15. */
  answerType: number;
}

/** Default reranking weights. */
export const DEFAULT_RANKING: RankingOptions = {
  candidates: 30,
  titleBoost: 0.3,
  bm25: 1,
  sentence: 1,
  window: 0.5,
  proximity: 0.3,
  answerType: 0.15,
};

/** A paragraph with its score and the evidence behind it. */
export interface RankedPassage {
  indexed: IndexedPassage;
  score: number;
  /** Index of the sentence that answers best. */
  bestSentence: number;
  /** Each sentence's share of the question's information, 0..1. */
  sentenceShares: number[];
  /** The paragraph's share of the question's information, 0..1. */
  coverage: number;
  /** Query words the paragraph has (directly or through an alternative). */
  matched: QueryWord[];
}

/** Ranks paragraphs for a question: MiniSearch (BM25+) finds candidates, sentence-level evidence reorders them. */
export function rankPassages(index: PassageIndex, question: AnalyzedQuestion, options: RankingOptions = DEFAULT_RANKING): RankedPassage[] {
  const weights = new Map<string, number>();
  for (const word of question.words) {
    for (const [term, weight] of word.alternatives) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  if (weights.size === 0) return [];
  const hits = index.search.search([...weights.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => weights.get(term) ?? 1,
    boost: { text: 1, title: options.titleBoost },
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
  });
  if (hits.length === 0) return [];
  const top = hits.slice(0, options.candidates);
  const maxScore = top[0]!.score;
  const totalInformation = question.words.reduce((sum, w) => sum + w.idf, 0) || 1;

  const ranked = top.map((hit) => {
    const indexed = index.passages[hit.id as number]!;
    const sentenceShares = indexed.sentences.map((s) => informationShare(s.termSet, question.words, index) / totalInformation);
    let best = 0;
    let bestScore = -1;
    const typeFits = indexed.sentences.map((s) => answerTypeFit(question.answerType, s.text, question.questionWords));
    const proximities = indexed.sentences.map((s) => proximity(s, question.words, index) / totalInformation);
    indexed.sentences.forEach((_, i) => {
      const value = sentenceShares[i]! + proximities[i]! + 0.25 * typeFits[i]! * sentenceShares[i]!;
      if (value > bestScore) {
        bestScore = value;
        best = i;
      }
    });
    let windowShare = sentenceShares[best]!;
    for (const neighbour of [best - 1, best + 1]) {
      const other = indexed.sentences[neighbour];
      if (!other) continue;
      const union = new Set([...indexed.sentences[best]!.termSet, ...other.termSet]);
      windowShare = Math.max(windowShare, informationShare(union, question.words, index) / totalInformation);
    }
    const matched = question.words.filter((w) => [...w.alternatives.keys()].some((t) => indexed.termSet.has(t)));
    const coverage = informationShare(indexed.termSet, question.words, index) / totalInformation;
    const score =
      options.bm25 * (hit.score / maxScore) +
      options.sentence * sentenceShares[best]! +
      options.window * windowShare +
      options.proximity * proximities[best]! +
      options.answerType * typeFits[best]!;
    return { indexed, score, bestSentence: best, sentenceShares, coverage, matched };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/** IDF-weighted information of the question that a set of terms holds (each word counted once, at its best alternative). */
export function informationShare(terms: ReadonlySet<string>, words: readonly QueryWord[], _index: PassageIndex): number {
  let sum = 0;
  for (const word of words) {
    let best = 0;
    for (const [term, weight] of word.alternatives) if (weight > best && terms.has(term)) best = weight;
    sum += best * word.idf;
  }
  return sum;
}

/** Information of question words that stand next to each other (within 3 words) in the sentence, as pairs. */
function proximity(sentence: IndexedSentence, words: readonly QueryWord[], _index: PassageIndex): number {
  if (words.length < 2) return 0;
  const positions = new Map<string, number[]>();
  sentence.terms.forEach((term, i) => positions.set(term, [...(positions.get(term) ?? []), i]));
  const wordPositions = words.map((w) => [...w.alternatives.keys()].flatMap((t) => positions.get(t) ?? []));
  let sum = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = wordPositions[i]!;
    const b = wordPositions[i + 1]!;
    if (a.some((p) => b.some((q) => Math.abs(p - q) <= 3))) sum += (words[i]!.idf + words[i + 1]!.idf) / 2;
  }
  return sum;
}
