import { answerTypeFit } from '../text/answerTypes.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { IndexedPassage } from './analyzePassage.ts';
import { articleShares } from './articlePrior.ts';
import { informationShare, type ExpandedQuery, type TermUse } from './expandQuery.ts';
import type { PassageIndex } from './passageIndex.ts';
import { orderedBigramShare } from './phraseMatch.ts';
import { occurrencesOf, type Occurrence } from './queryOccurrences.ts';
import type { RankingFeatures } from './rankingWeights.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';
import type { Candidate } from './retrieveCandidates.ts';
import { sentenceBm25, sentenceScorer, type SentenceScorer } from './sentenceBm25.ts';
import { sentenceProximity } from './sentenceProximity.ts';
import { termPairProximity } from './termPairProximity.ts';

/** How much holding the kind of fact asked for counts, against the sentence's share, in choosing the best sentence (set by hand). */
export const BEST_SENTENCE_FIT_BONUS = 0.25;

/**
 * The weight at which a sentence holds a question word through a person it refers to without naming ("he said",
 * see resolveSpeakers), as a share of the word's own: less than written, since the reference may be wrong
 * (set by hand on the own question set; checked on XQuAD and SQuAD 2.0 for no loss).
 */
export const REFERRED_SPEAKER_WEIGHT = 1;

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
  /**
   * The features without the terms only related to a missing word (QueryWord.related), for the evidence; absent when
   * the question has none (the features are the evidence then).
   */
  evidenceFeatures?: RankingFeatures;
}

/**
 * Scores the candidates of a question: per paragraph evidence and features, then the features that compare candidates.
 * Terms only related to a missing word (QueryWord.related) count in the features, but not in what the verifier and the
 * quote read (the evidence fields and evidenceFeatures): the candidates are scored again without them.
 */
export function scoreFeatures(question: AnalyzedQuestion, query: ExpandedQuery, candidates: readonly Candidate[], index: PassageIndex): ScoredPassage[] {
  const ranking = scoreAll(question, query, candidates, index);
  if (query.relatedUses.size === 0) return ranking;
  const evidence = scoreAll(question, withoutRelated(query), candidates, index);
  return evidence.map((e, i) => Object.assign(e, { features: ranking[i]!.features, evidenceFeatures: e.features }));
}

/** The query without the uses of related terms (ids kept: they index useTerms). */
function withoutRelated(query: ExpandedQuery): ExpandedQuery {
  const uses = new Map<string, TermUse[]>();
  for (const [term, termUses] of query.uses) {
    const kept = termUses.filter((u) => !query.relatedUses.has(u.id));
    if (kept.length > 0) uses.set(term, kept);
  }
  return { ...query, uses, relatedUses: new Set() };
}

/** scoreFeatures for one expansion of the question. */
function scoreAll(question: AnalyzedQuestion, query: ExpandedQuery, candidates: readonly Candidate[], index: PassageIndex): ScoredPassage[] {
  const maxBm25 = candidates[0]?.bm25 ?? 1;
  const scorer = sentenceScorer(index, query);
  const scored = candidates.map((c) => scorePassage(question, query, index.passage(c.id), c.bm25 / maxBm25, scorer));
  if (question.definitional) markFirstMentions(scored, question.definedWords);
  const bestSentenceBm25 = Math.max(...scored.map((s) => s.features.sentenceBm25));
  const articles = articleShares(scored, query);
  for (const s of scored) {
    if (bestSentenceBm25 > 0) s.features.sentenceBm25 /= bestSentenceBm25;
    s.features.article = articles.get(s.indexed.document.id) ?? 0;
  }
  return scored;
}

/** The evidence and per-paragraph features of one candidate (`bm25` already a share of the best candidate's). */
function scorePassage(question: AnalyzedQuestion, query: ExpandedQuery, indexed: IndexedPassage, bm25: number, scorer: SentenceScorer): ScoredPassage {
  const wordCount = question.words.length;
  const occurrences = occurrencesOf(indexed.termPositions, query);
  const referred = referredOccurrences(indexed.speakers, query, indexed.sentences.length);
  const perSentence: Float64Array[] = [];
  const nearness: number[] = [];
  let bestSentenceBm25 = 0;
  let cursor = 0;
  for (const s of indexed.sentences) {
    while (cursor < occurrences.length && occurrences[cursor]!.position < s.from) cursor++;
    const from = cursor;
    while (cursor < occurrences.length && occurrences[cursor]!.position < s.to) cursor++;
    const weights = new Float64Array(wordCount);
    for (let o = from; o < cursor; o++) {
      const { word, weight } = occurrences[o]!;
      if (weight > weights[word]!) weights[word] = weight;
    }
    const referredHere = referred?.[perSentence.length];
    for (const { word, weight } of referredHere ?? []) if (weight > weights[word]!) weights[word] = weight;
    perSentence.push(weights);
    nearness.push(sentenceProximity(occurrences, from, cursor, query) / query.totalInformation);
    // A person referred to counts as written in the sentence (at its lower weight), not at any place in it.
    const bm25Here = referredHere ? sentenceBm25([...occurrences.slice(from, cursor), ...referredHere], 0, cursor - from + referredHere.length, s.to - s.from, scorer) : sentenceBm25(occurrences, from, cursor, s.to - s.from, scorer);
    bestSentenceBm25 = Math.max(bestSentenceBm25, bm25Here);
  }
  const wordWeights = new Float64Array(wordCount);
  for (const { word, weight } of [...occurrences, ...(referred?.flat() ?? [])]) if (weight > wordWeights[word]!) wordWeights[word] = weight;
  const sentenceShares = perSentence.map((w) => informationShare(query, w));
  const sentenceFits = indexed.sentences.map((s) => answerTypeFit(question.answerType, s.facts, question.questionWords));
  let best = 0;
  let bestValue = -1;
  let bestProximity = 0;
  indexed.sentences.forEach((_, i) => {
    if (sentenceShares[i] === 0 && bestValue >= 0) return;
    const near = nearness[i]!;
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
    if (other && bestWeights) windowShare = Math.max(windowShare, jointShare(query, bestWeights, other));
  }
  const matched = question.words.filter((_, i) => wordWeights[i]! > 0);
  const { nameWords } = query;
  const names = nameWords.length === 0 ? 0 : nameWords.filter((i) => wordWeights[i]! > 0).length / nameWords.length;
  const coverage = informationShare(query, wordWeights);
  return {
    indexed,
    bestSentence: best,
    sentenceShares,
    sentenceFits,
    coverage,
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
      typedShare: typedShare(sentenceShares, sentenceFits),
      names,
      firstMention: 0,
      coverage,
      rareMissing: rareMissing(question, query, wordWeights),
      phrase: orderedBigramShare(occurrences, query),
      termPairs: termPairProximity(occurrences, query),
      // A raw score here: scoreFeatures makes it a share of the best candidate's.
      sentenceBm25: bestSentenceBm25,
      article: 0,
    },
  };
}

/**
 * Per sentence, the question words a paragraph's referred people's names stand for (at REFERRED_SPEAKER_WEIGHT of
 * their weight), as occurrences without a place; undefined when the paragraph refers to nobody the question names.
 */
function referredOccurrences(speakers: readonly ResolvedSpeaker[], query: ExpandedQuery, sentenceCount: number): Occurrence[][] | undefined {
  let referred: Occurrence[][] | undefined;
  for (const speaker of speakers) {
    for (const term of speaker.terms) {
      for (const use of query.uses.get(term) ?? []) {
        referred ??= Array.from({ length: sentenceCount }, () => []);
        for (const s of speaker.sentences) referred[s]?.push({ position: -1, word: use.word, weight: REFERRED_SPEAKER_WEIGHT * use.weight, use: use.id });
      }
    }
  }
  return referred;
}

/** Sets the first-mention feature of the earliest candidate paragraph of each document that holds every defined word. */
function markFirstMentions(scored: ScoredPassage[], definedWords: readonly number[]): void {
  const first = new Map<string, ScoredPassage>();
  for (const s of scored) {
    if (definedWords.some((i) => s.wordWeights[i] === 0)) continue;
    const doc = s.indexed.document.id;
    const known = first.get(doc);
    if (!known || s.indexed.passage.paragraph < known.indexed.passage.paragraph) first.set(doc, s);
  }
  for (const s of first.values()) s.features.firstMention = 1;
}

/** The IDF of the rarest question word (of those the corpus has) the paragraph lacks, as a share of the rarest word's. */
function rareMissing(question: AnalyzedQuestion, query: ExpandedQuery, wordWeights: Float64Array): number {
  let rarest = 0;
  let lacking = 0;
  question.words.forEach((word, i) => {
    if (word.missing) return;
    rarest = Math.max(rarest, query.idf[i]!);
    if (wordWeights[i] === 0) lacking = Math.max(lacking, query.idf[i]!);
  });
  return rarest === 0 ? 0 : lacking / rarest;
}

/**
 * The largest share of the question's information held by a sentence that also holds the kind of fact asked for
 * (0 for a question that asks for no kind): "what day did Rubio speak" prefers the sentence with a weekday and
 * Rubio over one with Rubio and more of the question's words but no day.
 */
function typedShare(shares: readonly number[], fits: readonly number[]): number {
  let typed = 0;
  for (let i = 0; i < shares.length; i++) typed = Math.max(typed, shares[i]! * fits[i]!);
  return typed;
}

/** The information share of two sentences together: each question word at the better of its two weights. */
function jointShare(query: ExpandedQuery, a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.max(a[i]!, b[i]!) * query.idf[i]!;
  return sum / query.totalInformation;
}
