import { resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

/** Where XQuAD (English) is read from: ../shared/bench relative to the repo root; never copied into the project. */
export const XQUAD_FILE = resolve(REPO_ROOT, '../shared/bench/xquad/xquad.en.json');

/** Where the SQuAD 2.0 article (48 paragraphs, answerable and unanswerable questions) is read from; never copied. */
export const SQUAD2_FILE = resolve(REPO_ROOT, '../shared/bench/squad2/squad2-computational-complexity.json');
