import { formatProblem, loadCorpus } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import { createEngine } from '../search/createEngine.ts';
import type { Engine } from '../search/engine.ts';

/** Loads a corpus folder and builds its engine; broken files are logged, one line each, and skipped. */
export async function loadEngine(corpusDir: string, logger: Logger): Promise<Engine> {
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir);
  for (const problem of corpus.problems) logger.warn({ file: problem.file }, `skipped corpus file: ${formatProblem(problem)}`);
  const engine = createEngine(corpus);
  logger.debug(
    { documents: corpus.documents.length, passages: engine.passageCount, ms: Math.round(performance.now() - started) },
    'corpus indexed',
  );
  return engine;
}
