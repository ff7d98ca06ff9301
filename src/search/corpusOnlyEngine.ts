import type { Corpus } from '../corpus/types.ts';
import type { Engine } from './engine.ts';
import { listSources } from './listSources.ts';

/**
 * An engine over a loaded corpus without an index, for one-shot runs of commands that declare `needsIndex: false`
 * (building the index is most of a start-up): it knows the corpus and its sources; asking it anything throws.
 */
export function corpusOnlyEngine(corpus: Corpus): Engine {
  const noIndex = (): never => {
    throw new Error('this engine has no index: the command declared needsIndex: false');
  };
  return {
    corpus,
    passageCount: corpus.documents.reduce((sum, d) => sum + d.passages.length, 0),
    sources: () => listSources(corpus),
    ask: noIndex,
    search: noIndex,
    status: noIndex,
    suggestQuestions: noIndex,
  };
}
