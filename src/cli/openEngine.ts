import { loadEngine } from '../app/loadEngine.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import { corpusOnlyEngine } from '../search/corpusOnlyEngine.ts';
import type { Engine } from '../search/engine.ts';

/** The engine a one-shot command needs: the indexed one, or only the loaded corpus when the command needs no index. */
export async function openEngine(corpusDir: string, logger: Logger, needsIndex: boolean): Promise<Engine> {
  return needsIndex ? loadEngine(corpusDir, logger) : corpusOnlyEngine(await loadCorpus(corpusDir));
}
