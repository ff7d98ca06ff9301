import type { Corpus } from '../../src/corpus/types.ts';
import type { Engine } from '../../src/search/engine.ts';

/** An Engine whose every method throws, for testing how the bot copes with a failing handler. */
export function throwingEngine(message = 'engine exploded'): Engine {
  const fail = (): never => {
    throw new Error(message);
  };
  const corpus: Corpus = { dir: '/nowhere', documents: [], problems: [] };
  return { corpus, passageCount: 0, ask: fail, search: fail, status: fail, sources: fail, suggestQuestions: fail };
}
