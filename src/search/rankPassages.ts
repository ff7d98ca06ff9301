import { answerTypeFit } from '../text/answerTypes.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { IndexedSentence, IndexedPassage, PassageIndex } from './passageIndex.ts';

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
  /** Weight of the share of the question's names (people, places, acronyms) the paragraph holds. Default 0.3. */
  names: number;
  /**
   * Weight of being where a document first names what a "what/who is X?" question asks about: news and
   * reference writing introduce a person or an acronym at its first mention. Default 0.5.
   */
  firstMention: number;
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
  names: 0.3,
  firstMention: 0.5,
};

/** A paragraph with its score and the evidence behind it. */
export interface RankedPassage {
  indexed: IndexedPassage;
  score: number;
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
}

interface TermUse {
  word: number;
  weight: number;
}

/** Ranks paragraphs for a question: MiniSearch (BM25+) finds candidates, sentence-level evidence reorders them. */
export function rankPassages(index: PassageIndex, question: AnalyzedQuestion, options: RankingOptions = DEFAULT_RANKING): RankedPassage[] {
  const { words } = question;
  const uses = new Map<string, TermUse[]>();
  const queryWeights = new Map<string, number>();
  words.forEach((word, i) => {
    for (const [term, weight] of word.alternatives) {
      uses.set(term, [...(uses.get(term) ?? []), { word: i, weight }]);
      queryWeights.set(term, Math.max(queryWeights.get(term) ?? 0, weight));
    }
  });
  if (queryWeights.size === 0) return [];
  const hits = index.search.search([...queryWeights.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => queryWeights.get(term) ?? 1,
    boost: { text: 1, title: options.titleBoost },
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
  });
  if (hits.length === 0) return [];
  const top = hits.slice(0, options.candidates);
  const maxScore = top[0]!.score;
  const idf = words.map((w) => w.idf);
  const totalInformation = idf.reduce((sum, x) => sum + x, 0) || 1;
  const information = (weights: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i]! * idf[i]!;
    return sum / totalInformation;
  };
  const nameWords = words.flatMap((w, i) => (w.isName && !w.missing ? [i] : []));

  const ranked = top.map((hit) => {
    const indexed = index.passage(hit.id as number);
    const perSentence = indexed.sentences.map((s) => wordWeightsOf(s, uses, words.length));
    const sentenceShares = perSentence.map(information);
    const sentenceFits = indexed.sentences.map((s) => answerTypeFit(question.answerType, s.facts, question.questionWords));
    let best = 0;
    let bestValue = -1;
    let bestProximity = 0;
    indexed.sentences.forEach((s, i) => {
      if (sentenceShares[i] === 0 && bestValue >= 0) return;
      const near = proximity(s, uses, idf) / totalInformation;
      const value = sentenceShares[i]! + near + 0.25 * sentenceFits[i]! * sentenceShares[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
        bestProximity = near;
      }
    });
    let windowShare = sentenceShares[best]!;
    for (const neighbour of [best - 1, best + 1]) {
      const other = perSentence[neighbour];
      if (other) windowShare = Math.max(windowShare, information(maxOf(perSentence[best]!, other)));
    }
    const wordWeights = perSentence.reduce(maxOf, new Float64Array(words.length));
    const coverage = information(wordWeights);
    const matched = words.filter((_, i) => wordWeights[i]! > 0);
    const nameShare = nameWords.length === 0 ? 0 : nameWords.filter((i) => wordWeights[i]! > 0).length / nameWords.length;
    const score =
      options.bm25 * (hit.score / maxScore) +
      options.sentence * sentenceShares[best]! +
      options.window * windowShare +
      options.proximity * bestProximity +
      options.answerType * sentenceFits[best]! +
      options.names * nameShare;
    return { indexed, score, bestSentence: best, sentenceShares, sentenceFits, coverage, windowShare, sentenceWeights: perSentence, wordWeights, matched };
  });
  if (question.definitional) rewardFirstMentions(ranked, words.length, options.firstMention);
  return ranked.sort((a, b) => b.score - a.score);
}

/** Adds the first-mention weight to the earliest candidate paragraph of each document that holds every question word. */
function rewardFirstMentions(ranked: RankedPassage[], wordCount: number, weight: number): void {
  const first = new Map<string, RankedPassage>();
  for (const r of ranked) {
    if (r.matched.length < wordCount) continue;
    const doc = r.indexed.document.id;
    const known = first.get(doc);
    if (!known || r.indexed.passage.paragraph < known.indexed.passage.paragraph) first.set(doc, r);
  }
  for (const r of first.values()) r.score += weight;
}

/** For each question word, the best weight at which the sentence holds it. */
function wordWeightsOf(sentence: IndexedSentence, uses: ReadonlyMap<string, TermUse[]>, wordCount: number): Float64Array {
  const weights = new Float64Array(wordCount);
  for (const term of sentence.termSet) {
    const termUses = uses.get(term);
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

/** Information of question words adjacent in the question that stand within 3 words of each other in the sentence. */
function proximity(sentence: IndexedSentence, uses: ReadonlyMap<string, TermUse[]>, idf: readonly number[]): number {
  if (idf.length < 2) return 0;
  const lastSeen = new Int32Array(idf.length).fill(-100);
  const paired = new Uint8Array(idf.length);
  sentence.terms.forEach((term, position) => {
    const termUses = uses.get(term);
    if (!termUses) return;
    for (const { word } of termUses) {
      if (word > 0 && position - lastSeen[word - 1]! <= 3) paired[word - 1] = 1;
      if (word + 1 < idf.length && position - lastSeen[word + 1]! <= 3) paired[word] = 1;
    }
    for (const { word } of termUses) lastSeen[word] = position;
  });
  let sum = 0;
  for (let i = 0; i + 1 < idf.length; i++) if (paired[i]) sum += (idf[i]! + idf[i + 1]!) / 2;
  return sum;
}
