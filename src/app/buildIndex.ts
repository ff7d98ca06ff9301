import { Worker } from 'node:worker_threads';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { analyzeDocuments, documentSlices, documentText, type DocumentsAnalysis } from '../search/analyzeDocuments.ts';
import { PassageIndex } from '../search/passageIndex.ts';

/**
 * Fewest paragraphs worth a worker: starting one and loading its code costs about 0.1 s (bundled) on the bench
 * machine, what the main thread analyzes of about 2,000 paragraphs. The threshold is twice that: the worker takes
 * over half the work (WORKER_SHARE), so from 4,000 paragraphs what it takes off the main thread is at least its own
 * start-up; a round margin chosen with f5b2207's measurements, not swept.
 */
export const MIN_PARAGRAPHS_FOR_WORKER = 4000;

/**
 * Share of the paragraphs the worker analyzes. The main thread also reads the files before the worker can start,
 * and merges every analysis into MiniSearch; it gets the smaller share so both finish together. From CPU
 * profiles of both threads on the 19,872-paragraph bench corpus: with 55% the main thread was busy 16.2 s and the
 * worker 9.8 s (the main thread's analysis also runs slower per paragraph, its heap being the larger).
 */
export const WORKER_SHARE = 0.6;

/** The worker's entry: the bundled file beside this one in dist/, or the TypeScript body through tsx. */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./analysisWorker.bootstrap.mjs', import.meta.url) : new URL('./analysisWorker.js', import.meta.url);
}


/** How to build an index; the defaults are the ones to use, the options exist for tests. */
export interface BuildIndexOptions {
  /** Fewest paragraphs worth a worker (default MIN_PARAGRAPHS_FOR_WORKER). */
  minParagraphsForWorker?: number;
  /** The worker's entry file (default: the analysis worker). */
  workerEntry?: URL;
}

/** A built index, and how many of its paragraphs the worker analyzed (0 when this thread did all). */
export interface BuiltIndex {
  index: PassageIndex;
  workerParagraphs: number;
}

/**
 * Indexes a corpus on two threads: a worker analyzes (tokenizes, stems, splits sentences of) the later share of the
 * documents while this thread analyzes the first share, and the analyses are merged in corpus order, so the index
 * is exactly the one `new PassageIndex(corpus)` builds. A small corpus, or a worker that fails, is analyzed here.
 */
export async function buildIndex(corpus: Corpus, options: BuildIndexOptions = {}): Promise<BuiltIndex> {
  const total = corpus.documents.reduce((n, d) => n + d.passages.length, 0);
  if (total < (options.minParagraphsForWorker ?? MIN_PARAGRAPHS_FOR_WORKER)) return { index: new PassageIndex(corpus), workerParagraphs: 0 };
  let split = 0;
  for (let local = 0; split < corpus.documents.length && local < total * (1 - WORKER_SHARE); split++) local += corpus.documents[split]!.passages.length;
  const remote = corpus.documents.slice(split);
  const worker = analyzeInWorker(options.workerEntry ?? workerEntry(), remote);
  const counted = { workerParagraphs: 0 };
  try {
    const index = await PassageIndex.fromAnalyses(corpus, allAnalyses(corpus.documents.slice(0, split), remote, worker, counted));
    return { index, ...counted };
  } finally {
    void worker.stop();
  }
}

/** This thread's analyses, then the worker's as they come; if the worker fails, the documents it did not cover are analyzed here. */
async function* allAnalyses(local: CorpusDocument[], remote: CorpusDocument[], worker: RemoteAnalyses, counted: { workerParagraphs: number }): AsyncGenerator<DocumentsAnalysis> {
  for (const slice of documentSlices(local)) yield analyzeDocuments(slice.map(documentText));
  let covered = 0;
  try {
    for (let analysis = await worker.next(); analysis !== null; analysis = await worker.next()) {
      covered += analysis.paragraphCounts.length;
      counted.workerParagraphs += analysis.bodyEnds.length;
      yield analysis;
    }
  } catch {
    for (const slice of documentSlices(remote.slice(covered))) yield analyzeDocuments(slice.map(documentText));
  }
}

/** A worker analyzing documents: its analyses in order (null after the last), and a way to end it. */
interface RemoteAnalyses {
  next(): Promise<DocumentsAnalysis | null>;
  stop(): Promise<unknown>;
}

/** Starts a worker on the documents, sent a slice per message: the worker holds one slice's text at a time, not its whole share. */
function analyzeInWorker(entry: URL, documents: readonly CorpusDocument[]): RemoteAnalyses {
  const worker = new Worker(entry);
  // An index build never keeps the process alive on its own.
  worker.unref();
  const arrived: (DocumentsAnalysis | null)[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (analysis: DocumentsAnalysis | null) => {
    arrived.push(analysis);
    notify();
  });
  worker.once('error', (error) => {
    failure = error;
    notify();
  });
  worker.once('exit', (code) => {
    failure ??= new Error(`analysis worker exited with code ${code}`);
    notify();
  });
  for (const slice of documentSlices(documents)) worker.postMessage(slice.map(documentText));
  worker.postMessage(null);
  return {
    async next() {
      while (arrived.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return arrived.shift()!;
    },
    stop: () => worker.terminate(),
  };
}
