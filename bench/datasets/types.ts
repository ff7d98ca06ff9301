import type { Corpus } from '../../src/corpus/types.ts';
import type { ParagraphRef } from '../metrics.ts';

/** A benchmark question with its gold citation(s) and answer strings (none for unanswerable ones). */
export interface BenchQuestion {
  id: string;
  question: string;
  answerable: boolean;
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
  /** Removes temporary files, if any. */
  dispose(): Promise<void>;
}
