import { createRequire } from 'node:module';
import bm25 from 'wink-bm25-text-search';
import type { Corpus } from '../../src/corpus/types.ts';
import { corpusPassages, type BenchSystem, type SystemIndex } from './types.ts';

const require = createRequire(import.meta.url);
const stopWordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const STOP_WORDS = new Set(stopWordList);

/** Lower-cases and splits on anything that is not a letter or digit. */
export function tokenizeLower(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/** Drops natural's English stop words. */
export function removeStopWords(tokens: string[]): string[] {
  return tokens.filter((t) => !STOP_WORDS.has(t));
}

/** Porter-stems every token (natural's PorterStemmer). */
export function stemTokens(tokens: string[]): string[] {
  return tokens.map((t) => porter.stem(t));
}

/** wink-bm25-text-search (k1 1.2, b 0.75), lower-case + stop words + Porter; one document per paragraph, whole-paragraph quote. */
export const winkBm25: BenchSystem = {
  name: 'BM25 (wink)',
  id: 'bm25',
  build(corpus: Corpus): SystemIndex {
    const passages = corpusPassages(corpus);
    const engine = bm25();
    engine.defineConfig({ fldWeights: { text: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
    engine.definePrepTasks([tokenizeLower, removeStopWords, stemTokens]);
    passages.forEach((p, i) => engine.addDoc({ text: p.text }, i));
    engine.consolidate();
    return {
      ask(question) {
        const ranked = engine.search(question, 10).map(([id]) => {
          const p = passages[Number(id)]!;
          return { doc: p.doc, paragraph: p.paragraph, quote: p.text };
        });
        return { answered: ranked.length > 0, passages: ranked };
      },
    };
  },
};
