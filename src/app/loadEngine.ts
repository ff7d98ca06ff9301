import { formatProblem, loadCorpus } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import { createEngine } from '../search/createEngine.ts';
import type { Engine } from '../search/engine.ts';
import { warmUp } from './warmUp.ts';

/** How to load an engine. */
export interface LoadEngineOptions {
  /** Answer a few questions first, so a serving bot's first users get warm answers (see warmUp). */
  warm?: boolean;
  /** Folder of the persisted index (DATA_DIR); without it the index is built in memory only. */
  dataDir?: string;
}

/** Loads a corpus folder and builds its engine; broken files are logged, one line each, and skipped. */
export async function loadEngine(corpusDir: string, logger: Logger, options: LoadEngineOptions = {}): Promise<Engine> {
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir);
  for (const problem of corpus.problems) logger.warn({ file: problem.file }, `skipped corpus file: ${formatProblem(problem)}`);
  const engine = createEngine(corpus);
  if (options.warm) warmUp(engine);
  logger.debug(
    { documents: corpus.documents.length, passages: engine.passageCount, ms: Math.round(performance.now() - started) },
    'corpus indexed',
  );
  return engine;
}
