// The body of the analysis worker (a worker_thread), which analyzes a share of the corpus for indexing while the
// main thread analyzes the rest (see buildIndex): it receives the documents' text a slice per message, and answers
// each with its analysis (arrays transferred), in order; `null` ends the run, answered by `null`.
import { parentPort } from 'node:worker_threads';
import { analyzeDocuments, type DocumentText } from '../search/analyzeDocuments.ts';

const port = parentPort!;
port.on('message', (slice: DocumentText[] | null) => {
  if (slice === null) {
    port.postMessage(null);
    port.close();
    return;
  }
  const analysis = analyzeDocuments(slice);
  const arrays = [analysis.bodyPairs, analysis.bodyEnds, analysis.titlePairs, analysis.titleEnds, analysis.speakerPairs, analysis.speakerEnds, analysis.paragraphCounts];
  port.postMessage(analysis, arrays.map((array) => array.buffer as ArrayBuffer));
});
