import type { Corpus } from '../../src/corpus/types.ts';
import type { Engine } from '../../src/search/engine.ts';
import type { BenchSystem } from './types.ts';

/** Loads the bot's engine factory; throws (with the loader's message) when it cannot be imported. */
export async function loadIsfBot(): Promise<BenchSystem> {
  const { createEngine } = (await import('../../src/search/createEngine.ts')) as {
    createEngine: (corpus: Corpus) => Engine;
  };
  return {
    name: 'isf-bot',
    id: 'isf-bot',
    build(corpus) {
      const engine = createEngine(corpus);
      return {
        ask(question) {
          const answer = engine.ask(question);
          return {
            answered: answer.answered,
            passages: answer.passages.map((p) => ({ doc: p.doc, paragraph: p.paragraph, quote: p.quote })),
          };
        },
      };
    },
  };
}
