import { resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { readQuestionFile } from './questionFile.ts';
import type { Dataset, QuestionKind } from './types.ts';

/** Path of the near-miss set about the shipped story (near-misses, small talk, off-topic, answerable paraphrases). */
const NEAR_MISS_SET_FILE = resolve(REPO_ROOT, 'bench/questions/isf-pakistan-troops-near-miss.json');

/**
 * Path of the near-miss set about an invented takeover story in its own corpus folder: a domain unlike the shipped
 * one, written before the verifier rules it measures, so its rows show whether the refusals carry over to new stories.
 */
const TAKEOVER_NEAR_MISS_SET_FILE = resolve(REPO_ROOT, 'bench/questions/veldmark-brennan-takeover-near-miss.json');

/** Fewest questions of each kind the set must hold (issue 8: at least 40 near-misses; the brief asks 45, ~15, ~25). */
const MIN_PER_KIND: Partial<Record<QuestionKind, number>> = { 'near-miss': 45, 'small-talk': 8, 'off-topic': 5, answerable: 20 };

/** Fewest questions of each kind the takeover set must hold (its brief: at least 40 near-misses and 30 answerable). */
const TAKEOVER_MIN_PER_KIND: Partial<Record<QuestionKind, number>> = { 'near-miss': 40, 'small-talk': 8, 'off-topic': 8, answerable: 30 };

/** Loads the near-miss set about the shipped story (dataset id `near-miss`). */
export function loadNearMissSet(file = NEAR_MISS_SET_FILE): Promise<Dataset> {
  return loadNearMissFile('near-miss', file, MIN_PER_KIND);
}

/** Loads the near-miss set about the invented takeover story (dataset id `takeover`). */
export function loadTakeoverNearMissSet(file = TAKEOVER_NEAR_MISS_SET_FILE): Promise<Dataset> {
  return loadNearMissFile('takeover', file, TAKEOVER_MIN_PER_KIND);
}

/** Loads a near-miss question file and the corpus it names; validates every entry and warns when a kind is short. */
async function loadNearMissFile(id: string, file: string, minPerKind: Partial<Record<QuestionKind, number>>): Promise<Dataset> {
  const { corpusDir, corpus, questions, warnings } = await readQuestionFile(file);
  for (const [kind, min] of Object.entries(minPerKind)) {
    const count = questions.filter((q) => q.kind === kind).length;
    if (count < min) warnings.push(`only ${count} ${kind} questions (at least ${min} wanted)`);
  }
  return {
    id,
    description: `near-miss set (${file.slice(REPO_ROOT.length)}) over ${corpusDir.slice(REPO_ROOT.length) || '.'}/`,
    corpusDir,
    corpus,
    questions,
    warnings,
    measure: 'quality',
    dispose: async () => {},
  };
}
