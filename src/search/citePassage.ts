import type { CorpusDocument, Passage } from '../corpus/types.ts';
import type { CitedPassage } from './types.ts';

/** Builds the contract's cited passage: a verbatim quote of a paragraph with its document's metadata. */
export function citePassage(document: CorpusDocument, passage: Passage, quote: string, score: number): CitedPassage {
  if (!passage.text.includes(quote)) throw new Error(`isf-bot: quote is not verbatim text of ${passage.id}`);
  return {
    doc: document.id,
    title: document.title,
    paragraph: passage.paragraph,
    quote,
    score: Math.round(score * 1000) / 1000,
    ...(document.source !== undefined && { source: document.source }),
    ...(document.url !== undefined && { url: document.url }),
    ...(document.published !== undefined && { published: document.published }),
  };
}
