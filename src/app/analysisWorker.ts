// The body of the analysis worker (a worker_thread), which analyzes a share of the corpus for indexing while the
// main thread analyzes the rest (see buildIndex): it receives the documents' text once, and posts back one
// analysis per slice of ANALYSIS_SLICE_PARAGRAPHS paragraphs, in order, then `null`; their arrays are transferred.
import { parentPort } from 'node:worker_threads';
import { ANALYSIS_SLICE_PARAGRAPHS, analyzeDocuments, slices, type DocumentText } from '../search/analyzeDocuments.ts';

parentPort!.once('message', (documents: DocumentText[]) => {
  for (const slice of slices(documents, (d) => d.paragraphs.length, ANALYSIS_SLICE_PARAGRAPHS)) {
    const analysis = analyzeDocuments(slice);
    const arrays = [analysis.bodyPairs, analysis.bodyEnds, analysis.titlePairs, analysis.titleEnds, analysis.paragraphCounts];
    parentPort!.postMessage(analysis, arrays.map((array) => array.buffer as ArrayBuffer));
  }
  parentPort!.postMessage(null);
});
