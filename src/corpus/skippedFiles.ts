import { basename } from 'node:path';
import type { Corpus } from './types.ts';

/** Files a skipped-files line names before it only counts the rest: a banner line stays readable with a folder of them. */
const NAMED_FILES = 5;

/** Why a file of another type is not read, as the skipped-files line says it. */
const UNSUPPORTED_REASON = 'not a .md or .txt story';

/**
 * The files of a corpus folder that are not answering, as one readable line ("Skipped 2 files: broken.md (front
 * matter line 2 has an unclosed " quote); notes.pdf (not a .md or .txt story)."), or undefined when there are none.
 */
export function describeSkippedFiles(corpus: Pick<Corpus, 'problems' | 'unsupported'>): string | undefined {
  const items = [
    ...corpus.problems.map((problem) => `${basename(problem.file)} (${problem.message})`),
    ...(corpus.unsupported ?? []).map((name) => `${name} (${UNSUPPORTED_REASON})`),
  ];
  if (items.length === 0) return undefined;
  const named = items.slice(0, NAMED_FILES).join('; ');
  const rest = items.length - NAMED_FILES;
  return `Skipped ${items.length === 1 ? 'one file' : `${items.length} files`}: ${named}${rest > 0 ? `; and ${rest} more` : ''}.`;
}

/** The line a corpus error gives for a folder holding files, but none of them a story. */
export function describeNoStoryFiles(dir: string, others: readonly string[]): string {
  const named = others.slice(0, NAMED_FILES).join(', ');
  const rest = others.length - NAMED_FILES;
  return `corpus folder ${dir} holds no .md or .txt story, only ${others.length === 1 ? 'one other file' : `${others.length} other files`} (${named}${rest > 0 ? `, and ${rest} more` : ''}): add .md or .txt stories`;
}
