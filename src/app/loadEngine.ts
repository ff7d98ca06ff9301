import { formatProblem, listUnsupportedFiles, loadCorpus } from '../corpus/loadCorpus.ts';
import type { Corpus, CorpusProblem } from '../corpus/types.ts';
import type { Logger } from '../logger.ts';
import { createEngine } from '../search/createEngine.ts';
import type { Engine } from '../search/engine.ts';
import { openIndexedCorpus } from './indexCache.ts';
import { warmUp } from './warmUp.ts';

/** How to load an engine. */
export interface LoadEngineOptions {
  /** Answer a few questions first, so a serving bot's first users get warm answers (see warmUp). */
  warm?: boolean;
  /** Folder of the persisted index (DATA_DIR); without it the index is built in memory only. */
  dataDir?: string;
  /** Pause for the event loop while reading a saved index (a process that is serving already). */
  sliced?: boolean;
  /** The corpus served until now (a reload): a story that fails to read for a passing reason keeps this version. */
  previous?: Corpus;
  /** Log a warning per skipped file (default); false when the caller shows them itself (the console banner). */
  logSkipped?: boolean;
}

/**
 * Loads a corpus folder and its engine; broken files are logged, one line each, and skipped. With a
 * DATA_DIR, the index saved there is used when the corpus has not changed (see openIndexedCorpus), and a
 * newly built or updated index is saved there in the background (the first answer does not wait for it).
 */
export async function loadEngine(corpusDir: string, logger: Logger, options: LoadEngineOptions = {}): Promise<Engine> {
  const started = performance.now();
  if (options.dataDir === undefined) {
    const corpus = await loadCorpus(corpusDir, options.previous ? { previous: options.previous } : {});
    if (options.logSkipped !== false) logProblems(corpus.problems, logger);
    const engine = createEngine(corpus);
    if (options.warm) warmUp(engine);
    logger.debug({ documents: corpus.documents.length, passages: engine.passageCount, ms: Math.round(performance.now() - started) }, 'corpus indexed');
    return engine;
  }
  const opened = await openIndexedCorpus(corpusDir, options.dataDir, { sliced: options.sliced ?? false, ...(options.previous && { previous: options.previous }) });
  if (options.logSkipped !== false) logProblems(opened.corpus.problems, logger);
  // A saved index knows the stories only: the folder's other files are listed again (one readdir).
  opened.corpus.unsupported ??= await listUnsupportedFiles(corpusDir);
  const engine = createEngine(opened.corpus, { index: opened.index, fromPersisted: opened.origin === 'saved' });
  if (opened.origin !== 'saved') {
    void opened.save().then((error) => {
      if (error) logger.warn({ err: error, dataDir: options.dataDir }, 'could not save the index; the next start builds it again');
    });
  }
  if (options.warm) warmUp(engine);
  logger.debug(
    { documents: opened.corpus.documents.length, passages: engine.passageCount, index: opened.origin, reindexed: opened.reindexed, ms: Math.round(performance.now() - started) },
    'corpus indexed',
  );
  return engine;
}

/** One warning line per file skipped, or (transient) not read this time and kept from before. */
function logProblems(problems: readonly CorpusProblem[], logger: Logger): void {
  for (const problem of problems) {
    const what = problem.transient ? 'corpus file not read this time' : 'skipped corpus file';
    logger.warn({ file: problem.file, ...(problem.transient && { transient: true }) }, `${what}: ${formatProblem(problem)}`);
  }
}
