import { resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { readQuestionFile } from './questionFile.ts';
import type { Dataset, QuestionKind } from './types.ts';

/** Path of the near-miss set about the shipped story (near-misses, small talk, off-topic, answerable paraphrases). */
const NEAR_MISS_SET_FILE = resolve(REPO_ROOT, 'bench/questions/isf-pakistan-troops-near-miss.json');

/** Fewest questions of each kind the set must hold (issue 8: at least 40 near-misses; the brief asks 45, ~15, ~25). */
const MIN_PER_KIND: Partial<Record<QuestionKind, number>> = { 'near-miss': 45, 'small-talk': 8, 'off-topic': 5, answerable: 20 };

/** Loads the near-miss set and the corpus it names; validates every entry and warns when a kind is short. */
export async function loadNearMissSet(file = NEAR_MISS_SET_FILE): Promise<Dataset> {
  const { corpusDir, corpus, questions, warnings } = await readQuestionFile(file);
  for (const [kind, min] of Object.entries(MIN_PER_KIND)) {
    const count = questions.filter((q) => q.kind === kind).length;
    if (count < min) warnings.push(`only ${count} ${kind} questions (at least ${min} wanted)`);
  }
  return {
    id: 'near-miss',
    description: `near-miss set (${file.slice(REPO_ROOT.length)}) over ${corpusDir.slice(REPO_ROOT.length) || '.'}/`,
    corpusDir,
    corpus,
    questions,
    warnings,
    measure: 'quality',
    dispose: async () => {},
  };
}
