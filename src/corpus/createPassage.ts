import { splitSentences } from './splitSentences.ts';
import type { Passage, Sentence } from './types.ts';

/**
 * A paragraph of a document, its sentences split on first use: a corpus of 100,000 paragraphs is indexed without
 * splitting any (indexing reads terms, not sentences), and only the paragraphs a question reranks, quotes or
 * summarizes are ever split. Once split, `sentences` is a plain value, as if it had been there from the start.
 */
export function createPassage(doc: string, paragraph: number, text: string): Passage {
  return {
    id: `${doc}#${paragraph}`,
    doc,
    paragraph,
    text,
    get sentences(): Sentence[] {
      const sentences = splitSentences(this.text);
      Object.defineProperty(this, 'sentences', { value: sentences, enumerable: true, writable: true, configurable: true });
      return sentences;
    },
  };
}
