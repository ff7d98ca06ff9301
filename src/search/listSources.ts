import type { Corpus } from '../corpus/types.ts';
import type { SourceSummary } from './types.ts';

/** The documents of a corpus as the sources command lists them. */
export function listSources(corpus: Corpus): SourceSummary[] {
  return corpus.documents.map((d) => ({
    doc: d.id,
    title: d.title,
    ...(d.source !== undefined && { source: d.source }),
    ...(d.url !== undefined && { url: d.url }),
    ...(d.published !== undefined && { published: d.published }),
    ...(d.author !== undefined && { author: d.author }),
    paragraphs: d.passages.length,
  }));
}
