import type { Corpus } from '../corpus/types.ts';
import type { Answer, SourceSummary, StatusBrief } from './types.ts';

/** Question answering over one loaded corpus. Immutable: a corpus reload builds a new engine. */
export interface Engine {
  readonly corpus: Corpus;
  /** Answers a question with ranked, quoted, cited passages, or says why the corpus does not answer it. */
  ask(question: string): Answer;
  /** The passages that best match some keywords (no abstention beyond "nothing matches"). */
  search(terms: string, limit?: number): Answer;
  /** Where the story stands: 3 to 6 verbatim, cited lines from the most recent document. */
  status(): StatusBrief;
  /** The documents of the corpus. */
  sources(): SourceSummary[];
  /** Questions the corpus can answer that match what the user has typed so far (autocomplete). */
  suggestQuestions(typed: string, limit?: number): string[];
  /** Number of indexed passages. */
  readonly passageCount: number;
  /** True when the index was loaded from its persisted form instead of built. */
  readonly fromPersisted?: boolean;
}
