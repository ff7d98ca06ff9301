import type { Corpus } from '../../src/corpus/types.ts';
import type { ParagraphRef } from '../metrics.ts';

/**
 * What a question is, for the refusal rows: answerable, or one of the kinds the bot should refuse: a near-miss
 * (shares the story's words, asks a fact it lacks), something the story never mentions, small talk, off-topic
 * chatter, a question about an article that is not indexed, or a plain unanswerable one (SQuAD 2.0's `is_impossible`).
 */
export type QuestionKind = 'answerable' | 'near-miss' | 'not-mentioned' | 'small-talk' | 'off-topic' | 'off-corpus' | 'unanswerable';

/** Every question kind, in the order the table lists them. */
export const QUESTION_KINDS: readonly QuestionKind[] = [
  'answerable',
  'near-miss',
  'not-mentioned',
  'small-talk',
  'off-topic',
  'off-corpus',
  'unanswerable',
];

/** A benchmark question with its gold citation(s) and answer strings (none for unanswerable ones). */
export interface BenchQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** What kind of question it is; `answerable` exactly when `answerable` is true. */
  kind: QuestionKind;
  /** Paragraphs that count as a hit; empty for unanswerable questions. */
  expected: ParagraphRef[];
  /** Strings of which the top quote must hold one; empty for unanswerable questions. */
  answers: string[];
}

/** A question set over one corpus folder. */
export interface Dataset {
  /** Short id used in column names and JSON keys. */
  id: string;
  /** What the dataset is, for the notes. */
  description: string;
  /** Folder the corpus was loaded from (also given to the CLI). */
  corpusDir: string;
  corpus: Corpus;
  questions: BenchQuestion[];
  /** Warnings found while loading (e.g. an answer that is not in its paragraph). */
  warnings: string[];
  /** 'full': start-up and memory are measured too; 'quality': only the in-process run and the batch process. */
  measure: 'full' | 'quality';
  /** Removes temporary files, if any. */
  dispose(): Promise<void>;
}
