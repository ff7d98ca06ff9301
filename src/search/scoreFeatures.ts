import { answerTypeFit } from '../text/answerTypes.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { IndexedPassage, IndexedSentence } from './analyzePassage.ts';
import { informationShare, type ExpandedQuery } from './expandQuery.ts';
import type { RankingFeatures } from './rankingWeights.ts';
import type { Candidate } from './retrieveCandidates.ts';
import { sentenceProximity } from './sentenceProximity.ts';

/** How much holding the kind of fact asked for counts, against the sentence's share, in choosing the best sentence (set by hand). */
export const BEST_SENTENCE_FIT_BONUS = 0.25;

/** What scoring found in a candidate paragraph: the evidence the verifier and the quote read, and the features. */
export interface ScoredPassage {
  indexed: IndexedPassage;
  /** Index of the sentence that answers best. */
  bestSentence: number;
  /** Each sentence's share of the question's information, 0..1. */
  sentenceShares: number[];
  /** Whether each sentence holds the kind of fact asked for. */
  sentenceFits: number[];
  /** The paragraph's share of the question's information, 0..1. */
  coverage: number;
  /** The best sentence and its better neighbour: their share of the question's information, 0..1. */
  windowShare: number;
  /** For each sentence, the weight at which it holds each question word. */
  sentenceWeights: Float64Array[];
  /** For each question word, the weight at which the paragraph holds it (0 when it does not). */
  wordWeights: Float64Array;
  /** Query words the paragraph has (directly or through an alternative). */
  matched: QueryWord[];
  features: RankingFeatures;
}

/** Scores the candidates of a question: per paragraph evidence and features, then the features that compare candidates. */
export function scoreFeatures(question: AnalyzedQuestion, query: ExpandedQuery, candidates: readonly Candidate[], passage: (id: number) => IndexedPassage): ScoredPassage[] {
  const maxBm25 = candidates[0]?.bm25 ?? 1;
  const scored = candidates.map((c) => scorePassage(question, query, passage(c.id), c.bm25 / maxBm25));
  if (question.definitional) markFirstMentions(scored, question.words.length);
  return scored;
}

/** The evidence and per-paragraph features of one candidate (`bm25` already a share of the best candidate's). */
function scorePassage(question: AnalyzedQuestion, query: ExpandedQuery, indexed: IndexedPassage, bm25: number): ScoredPassage {
  const wordCount = question.words.length;
  const perSentence = indexed.sentences.map((s) => wordWeightsOf(s, query, wordCount));
  const sentenceShares = perSentence.map((w) => informationShare(query, w));
  const sentenceFits = indexed.sentences.map((s) => answerTypeFit(question.answerType, s.facts, question.questionWords));
  let best = 0;
  let bestValue = -1;
  let bestProximity = 0;
  indexed.sentences.forEach((s, i) => {
    if (sentenceShares[i] === 0 && bestValue >= 0) return;
    const near = sentenceProximity(s, query) / query.totalInformation;
    const value = sentenceShares[i]! + near + BEST_SENTENCE_FIT_BONUS * sentenceFits[i]! * sentenceShares[i]!;
    if (value > bestValue) {
      bestValue = value;
      best = i;
      bestProximity = near;
    }
  });
  let windowShare = sentenceShares[best] ?? 0;
  const bestWeights = perSentence[best];
  for (const neighbour of [best - 1, best + 1]) {
    const other = perSentence[neighbour];
    if (other && bestWeights) windowShare = Math.max(windowShare, informationShare(query, maxOf(bestWeights, other)));
  }
  const wordWeights = perSentence.reduce(maxOf, new Float64Array(wordCount));
  const matched = question.words.filter((_, i) => wordWeights[i]! > 0);
  const { nameWords } = query;
  const names = nameWords.length === 0 ? 0 : nameWords.filter((i) => wordWeights[i]! > 0).length / nameWords.length;
  return {
    indexed,
    bestSentence: best,
    sentenceShares,
    sentenceFits,
    coverage: informationShare(query, wordWeights),
    windowShare,
    sentenceWeights: perSentence,
    wordWeights,
    matched,
    features: {
      bm25,
      sentence: sentenceShares[best] ?? 0,
      window: windowShare,
      proximity: bestProximity,
      answerType: sentenceFits[best] ?? 0,
      names,
      firstMention: 0,
    },
  };
}

/** Sets the first-mention feature of the earliest candidate paragraph of each document that holds every question word. */
function markFirstMentions(scored: ScoredPassage[], wordCount: number): void {
  const first = new Map<string, ScoredPassage>();
  for (const s of scored) {
    if (s.matched.length < wordCount) continue;
    const doc = s.indexed.document.id;
    const known = first.get(doc);
    if (!known || s.indexed.passage.paragraph < known.indexed.passage.paragraph) first.set(doc, s);
  }
  for (const s of first.values()) s.features.firstMention = 1;
}

/** For each question word, the best weight at which the sentence holds it. */
function wordWeightsOf(sentence: IndexedSentence, query: ExpandedQuery, wordCount: number): Float64Array {
  const weights = new Float64Array(wordCount);
  for (const term of sentence.termSet) {
    const termUses = query.uses.get(term);
    if (!termUses) continue;
    for (const use of termUses) if (use.weight > weights[use.word]!) weights[use.word] = use.weight;
  }
  return weights;
}

function maxOf(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = Math.max(a[i]!, b[i]!);
  return out;
}
