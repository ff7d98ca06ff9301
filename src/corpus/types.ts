/** A sentence of a paragraph, with its offsets in the paragraph text (text === paragraph.slice(start, end)). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** What a document's front matter (or its file name) says about it. */
interface DocumentMeta {
  /** The file name without extension; stable id used in citations. */
  id: string;
  title: string;
  source?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD or full timestamp) as written in the front matter. */
  published?: string;
  author?: string;
  /** Absolute path of the file the document came from. */
  file: string;
}

/** One paragraph of a document: the unit that is indexed, ranked and cited (¶N). */
export interface Passage {
  /** `${doc}#${paragraph}`, unique in a corpus. */
  id: string;
  doc: string;
  /** 1-based paragraph number in body order: the citation. */
  paragraph: number;
  text: string;
  sentences: Sentence[];
}

/** A document with its paragraphs. */
export interface CorpusDocument extends DocumentMeta {
  passages: Passage[];
}

/** A file that could not be read as a document, with a one-line reason. */
export interface CorpusProblem {
  file: string;
  message: string;
  /** True when the cause may pass (out of file descriptors, a busy or flaky disk): the watcher tries again. */
  transient?: boolean;
}

/** Everything loaded from one corpus folder. */
export interface Corpus {
  dir: string;
  documents: CorpusDocument[];
  /** Files skipped because they were broken (or, transient, kept from the last load); the good ones still load. */
  problems: CorpusProblem[];
  /** Names of the folder's files of other types (not .md or .txt, not hidden), which are not read; unknown when absent. */
  unsupported?: string[];
}
