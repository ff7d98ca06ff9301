// The features of every question's candidates, computed once: a weight setting is then scored without running the
// engine again (ranking is a weighted sum of these features, see src/search/combineScores.ts).
import type { Corpus } from '../../src/corpus/types.ts';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { expandQuery } from '../../src/search/expandQuery.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { CANDIDATES, FEATURE_NAMES, SPEAKER_BOOST, TITLE_BOOST } from '../../src/search/rankingWeights.ts';
import { retrieveCandidates } from '../../src/search/retrieveCandidates.ts';
import { scoreFeatures } from '../../src/search/scoreFeatures.ts';
import type { PoolQuestion } from '../datasets/publicPool.ts';

/** One question's candidates as rows of features (FEATURE_NAMES order), and which rows are the gold paragraph. */
export interface CachedQuestion {
  id: string;
  /** The article the question is about: the unit of a cross-validation fold. */
  doc: string;
  /** Candidates × FEATURE_NAMES.length, row-major, in retrieval order. */
  features: Float64Array;
  candidates: number;
  /** Row of the gold paragraph among the candidates; -1 when retrieval missed it. */
  gold: number;
}

/** Indexes the corpus once and computes every question's candidate features. */
export function cacheFeatures(corpus: Corpus, questions: readonly PoolQuestion[]): CachedQuestion[] {
  const index = new PassageIndex(corpus);
  const width = FEATURE_NAMES.length;
  return questions.map((q) => {
    const question = analyzeQuestion(q.question, index);
    const query = expandQuery(question);
    const candidates = retrieveCandidates(index, query, { candidates: CANDIDATES, titleBoost: TITLE_BOOST, speakerBoost: SPEAKER_BOOST });
    const scored = scoreFeatures(question, query, candidates, index);
    const features = new Float64Array(scored.length * width);
    scored.forEach((s, row) => FEATURE_NAMES.forEach((name, col) => (features[row * width + col] = s.features[name])));
    const gold = scored.findIndex((s) => s.indexed.document.id === q.doc && s.indexed.passage.paragraph === q.paragraph);
    return { id: q.id, doc: q.doc, features, candidates: scored.length, gold };
  });
}

/** Share of questions whose gold paragraph scores highest under the weights (FEATURE_NAMES order); ties go to retrieval order. */
export function hitAt1(questions: readonly CachedQuestion[], weights: Float64Array): number {
  if (questions.length === 0) return Number.NaN;
  const width = weights.length;
  let hits = 0;
  for (const q of questions) {
    if (q.gold < 0) continue;
    let best = -1;
    let bestScore = -Infinity;
    for (let row = 0; row < q.candidates; row++) {
      let score = 0;
      for (let col = 0; col < width; col++) score += weights[col]! * q.features[row * width + col]!;
      if (score > bestScore) {
        bestScore = score;
        best = row;
      }
    }
    if (best === q.gold) hits++;
  }
  return hits / questions.length;
}
