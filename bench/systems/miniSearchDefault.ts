import MiniSearch from 'minisearch';
import type { Corpus } from '../../src/corpus/types.ts';
import { corpusPassages, type BenchSystem, type SystemIndex } from './types.ts';

/** MiniSearch with default options, one document per paragraph; the quote is the whole paragraph. */
export const miniSearchDefault: BenchSystem = {
  name: 'MiniSearch default',
  id: 'minisearch',
  build(corpus: Corpus): SystemIndex {
    const passages = corpusPassages(corpus);
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
    index.addAll(passages.map((p, id) => ({ id, text: p.text })));
    return {
      ask(question) {
        const results = index.search(question).slice(0, 10);
        const ranked = results.map((r) => {
          const p = passages[r.id as number]!;
          return { doc: p.doc, paragraph: p.paragraph, quote: p.text };
        });
        return { answered: ranked.length > 0, passages: ranked };
      },
    };
  },
};
