// The fitted weights checked end to end: the engine with its verifier, on the bench's question sets (the own set and
// the near-miss set about the shipped story take no part in the fit), against the weights in the code.
import { createEngine } from '../../src/search/createEngine.ts';
import { RANKING_WEIGHTS, type RankingWeights } from '../../src/search/rankingWeights.ts';
import { scoreAnswers, type Quality } from '../evaluate.ts';
import type { Dataset } from '../datasets/types.ts';

/** The engine's answer quality on a dataset with some ranking weights. */
export function qualityWith(dataset: Dataset, weights: RankingWeights): Quality {
  const engine = createEngine(dataset.corpus, { ranking: weights });
  const answers = dataset.questions.map((q) => {
    const answer = engine.ask(q.question);
    return { answered: answer.answered, passages: answer.passages.map((p) => ({ doc: p.doc, paragraph: p.paragraph, quote: p.quote })) };
  });
  return scoreAnswers(dataset.questions, answers);
}

/** One line per dataset: hit@1 (refusals count as misses), ranking-only hit@1 and false refusals, in code → fitted. */
export function compareWithVerifier(datasets: readonly Dataset[], fitted: RankingWeights): string[] {
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  return datasets.map((dataset) => {
    const [before, after] = [qualityWith(dataset, RANKING_WEIGHTS), qualityWith(dataset, fitted)];
    const refused = before.unanswerable > 0 ? `, others refused ${percent(before.refusalRate)} → ${percent(after.refusalRate)}` : '';
    return (
      `${dataset.id}: hit@1 ${percent(before.hit1)} → ${percent(after.hit1)}, ranking-only ${percent(before.rankingOnly.hit1)} → ` +
      `${percent(after.rankingOnly.hit1)}, answerable refused ${before.falseRefusals} → ${after.falseRefusals}${refused}`
    );
  });
}
