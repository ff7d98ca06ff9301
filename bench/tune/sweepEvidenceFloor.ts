// The evidence floor's sweep (MIN_EVIDENCE in src/search/verifyAnswer.ts): for each candidate floor, the refusal rate of
// each kind of question on the bench's sets, so the floor is chosen where off-corpus refusals rise and answerable ones do not.
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { refuseQuestion } from '../../src/search/decideAnswerable.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { DEFAULT_RANKING, rankPassages } from '../../src/search/rankPassages.ts';
import { detectSmallTalk } from '../../src/search/smallTalk.ts';
import { verifyAnswer } from '../../src/search/verifyAnswer.ts';
import type { Dataset } from '../datasets/types.ts';

/** Floors tried: around the fitted one, in steps of 0.01 (below 0.26 nothing changes on XQuAD; above 0.34 answerable refusals climb). */
export const FLOORS_TRIED = [0.26, 0.28, 0.29, 0.3, 0.31, 0.32, 0.34];

/** Per question of a dataset: its kind and the evidence of the paragraph it would be answered with (null: refused anyway). */
function evidenceOf(dataset: Dataset): { kind: string; evidence: number | null }[] {
  const index = new PassageIndex(dataset.corpus);
  return dataset.questions.map((q) => {
    const question = analyzeQuestion(q.question, index);
    if (detectSmallTalk(question.text) || refuseQuestion(question)) return { kind: q.kind, evidence: null };
    const verdict = verifyAnswer(question, rankPassages(index, question, DEFAULT_RANKING), 0);
    return { kind: q.kind, evidence: verdict.answered ? verdict.passage.evidence : null };
  });
}

/** One line per dataset and floor: the share of each kind of question refused. */
export function sweepEvidenceFloor(datasets: readonly Dataset[]): string[] {
  const lines: string[] = [];
  for (const dataset of datasets) {
    const rows = evidenceOf(dataset);
    const kinds = [...new Set(rows.map((r) => r.kind))];
    for (const floor of FLOORS_TRIED) {
      const shares = kinds.map((kind) => {
        const ofKind = rows.filter((r) => r.kind === kind);
        const refused = ofKind.filter((r) => r.evidence === null || r.evidence < floor).length;
        return `${kind} ${((100 * refused) / ofKind.length).toFixed(1)}%`;
      });
      lines.push(`${dataset.id} floor ${floor.toFixed(2)}: refused ${shares.join(', ')}`);
    }
  }
  return lines;
}
