import { resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { readQuestionFile } from './questionFile.ts';
import type { Dataset } from './types.ts';

/** Path of the own question set about the shipped story. */
export const OWN_SET_FILE = resolve(REPO_ROOT, 'bench/questions/isf-pakistan-troops.json');

/** Fewest answerable and unanswerable questions the own set must hold (the requirement of the bench's first issue). */
const MIN_OWN_ANSWERABLE = 60;
const MIN_OWN_UNANSWERABLE = 15;

/** Loads the own question set and the corpus it names (relative to the repo root); validates every entry. */
export async function loadOwnSet(file = OWN_SET_FILE): Promise<Dataset> {
  const { corpusDir, corpus, questions, warnings } = await readQuestionFile(file);
  const answerable = questions.filter((q) => q.answerable).length;
  if (answerable < MIN_OWN_ANSWERABLE) {
    warnings.push(`only ${answerable} answerable questions (the requirement is at least ${MIN_OWN_ANSWERABLE})`);
  }
  if (questions.length - answerable < MIN_OWN_UNANSWERABLE) {
    warnings.push(`only ${questions.length - answerable} unanswerable questions (the requirement is at least ${MIN_OWN_UNANSWERABLE})`);
  }
  return {
    id: 'own',
    description: `own set (${file.slice(REPO_ROOT.length)}) over ${corpusDir.slice(REPO_ROOT.length) || '.'}/`,
    corpusDir,
    corpus,
    questions,
    warnings,
    measure: 'full',
    dispose: async () => {},
  };
}
