// The body of the reload worker (a worker_thread): reads the corpus folder, brings the saved index up to date
// (only changed stories re-indexed) and saves it under DATA_DIR, off the main thread; the main thread then
// reads the saved file in slices (see reloadInWorker). The suggestion topics are mined here too. Replies with
// one message, then ends.
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError } from '../corpus/loadCorpus.ts';
import { indexFilePath, openIndexedCorpus } from './indexCache.ts';
import { suggestionTopics } from '../search/suggestQuestions.ts';
import type { IndexWorkerReply, IndexWorkerRequest } from './reloadInWorker.ts';

const request = workerData as IndexWorkerRequest;
let reply: IndexWorkerReply;
try {
  const opened = await openIndexedCorpus(request.corpusDir, request.dataDir);
  const error = await opened.save();
  if (error) throw error;
  // Mined here: it reads every sentence, seconds of the main thread at 100,000 paragraphs.
  const topics = suggestionTopics(opened.corpus, (word) => opened.index.isProperName(word));
  reply = { ok: true, path: indexFilePath(request.dataDir, request.corpusDir), origin: opened.origin, reindexed: opened.reindexed, problems: opened.corpus.problems, topics };
} catch (error) {
  reply = { ok: false, corpusError: error instanceof CorpusError, transient: error instanceof CorpusError && error.transient, message: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
