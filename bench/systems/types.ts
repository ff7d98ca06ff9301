import type { Corpus } from '../../src/corpus/types.ts';

/** One ranked, cited passage as a benchmarked system returns it. */
export interface RankedPassage {
  doc: string;
  paragraph: number;
  quote: string;
}

/** A system's answer: ranked passages (best first) and whether it answered or refused. */
export interface SystemAnswer {
  answered: boolean;
  passages: RankedPassage[];
}

/** An index built over one corpus, ready for questions. */
export interface SystemIndex {
  ask(question: string): SystemAnswer;
}

/** A retrieval system under benchmark: builds an index from a corpus's passages. */
export interface BenchSystem {
  /** Column name in the table. */
  name: string;
  /** Short id used on the command line of bench/probe.ts. */
  id: SystemId;
  build(corpus: Corpus): SystemIndex;
}

/** Ids of the benchmarked systems. */
export type SystemId = 'isf-bot' | 'minisearch' | 'bm25';

/** All passages of a corpus, in document then paragraph order. */
export function corpusPassages(corpus: Corpus): Corpus['documents'][number]['passages'] {
  return corpus.documents.flatMap((d) => d.passages);
}
