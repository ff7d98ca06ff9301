import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorpusError, formatProblem } from '../corpus/loadCorpus.ts';
import type { CorpusProblem } from '../corpus/types.ts';
import type { Logger } from '../logger.ts';
import { createEngine } from '../search/createEngine.ts';
import type { Engine } from '../search/engine.ts';
import { readIndexBody } from '../search/indexFile.ts';
import type { SuggestionTopics } from '../search/suggestQuestions.ts';
import { warmUpSliced } from './warmUp.ts';

/** What the reload worker is asked to do. */
export interface IndexWorkerRequest {
  corpusDir: string;
  dataDir: string;
}

/** What it answers: where the saved index is, or why there is none. */
export type IndexWorkerReply =
  | { ok: true; path: string; origin: 'saved' | 'updated' | 'built'; reindexed: number; problems: CorpusProblem[]; topics: SuggestionTopics }
  | { ok: false; corpusError: boolean; transient?: boolean; message: string };

/** A reload under way in a worker; cancel() stops it at once (SIGTERM does not wait for a reload). */
export interface WorkerReload {
  engine: Promise<Engine>;
  cancel(): void;
}

/** The worker's entry: the bundled file beside this one in dist/, or the TypeScript body through tsx. */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./indexWorker.bootstrap.mjs', import.meta.url) : new URL('./indexWorker.js', import.meta.url);
}

/**
 * Reloads a corpus without blocking the main thread: a worker reads the folder, re-indexes what changed and
 * saves the index under DATA_DIR; this thread then reads that file in slices, pausing for the event loop
 * between them, and warms the new engine a step at a time. The old engine answers all along. Broken files
 * are logged, one line each; an unusable folder rejects with CorpusError, as loadEngine does.
 */
export function reloadInWorker(corpusDir: string, dataDir: string, logger: Logger): WorkerReload {
  const worker = new Worker(workerEntry(), { workerData: { corpusDir, dataDir } satisfies IndexWorkerRequest });
  // A reload must never keep the process alive: on SIGTERM it is abandoned.
  worker.unref();
  let cancelled = false;
  const reply = new Promise<IndexWorkerReply>((resolve, reject) => {
    worker.once('message', (message: IndexWorkerReply) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(cancelled ? 'reload cancelled' : `reload worker exited with code ${code} before answering`)));
  });
  const started = performance.now();
  const engine = (async () => {
    const answer = await reply;
    const workerMs = performance.now() - started;
    if (!answer.ok) throw answer.corpusError ? new CorpusError(answer.message, { transient: answer.transient ?? false }) : new Error(answer.message);
    for (const problem of answer.problems) {
      const what = problem.transient ? 'corpus file not read this time' : 'skipped corpus file';
      logger.warn({ file: problem.file, ...(problem.transient && { transient: true }) }, `${what}: ${formatProblem(problem)}`);
    }
    // The header is the worker's business (which files changed); this thread needs only the folder, resolved as the header has it.
    const loaded = await readIndexBody(answer.path, resolve(corpusDir), { sliced: true });
    if (cancelled) throw new Error('reload cancelled');
    loaded.corpus.problems = answer.problems;
    const fresh = createEngine(loaded.corpus, { index: loaded.index, topics: answer.topics });
    const readMs = performance.now() - started - workerMs;
    await warmUpSliced(fresh, loaded.index);
    const ms = (x: number) => Math.round(x);
    logger.debug(
      { index: answer.origin, reindexed: answer.reindexed, passages: fresh.passageCount, topics: answer.topics.names.length + answer.topics.dates.length, workerMs: ms(workerMs), readMs: ms(readMs), warmMs: ms(performance.now() - started - workerMs - readMs) },
      'corpus indexed in a worker',
    );
    return fresh;
  })();
  return {
    engine,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
