import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/loadCorpus.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { citePassage } from '../../src/search/citePassage.ts';

const full = parseDocument(
  '/x/full.md',
  '---\ntitle: Full\nsource: Wire\nurl: https://example.com/full\npublished: 2025-01-02\nauthor: A. Writer\n---\nFirst sentence. Second sentence.\n\nAnother paragraph.',
) as CorpusDocument;
const bare = parseDocument('/x/bare.md', 'Only paragraph.') as CorpusDocument;

describe('citePassage', () => {
  it('cites the document, title, paragraph, source, url and date with the quote', () => {
    expect(citePassage(full, full.passages[0]!, 'Second sentence.', 1.23456)).toEqual({
      doc: 'full',
      title: 'Full',
      paragraph: 1,
      quote: 'Second sentence.',
      score: 1.235,
      source: 'Wire',
      url: 'https://example.com/full',
      published: '2025-01-02',
    });
  });

  it('leaves out metadata the document does not have', () => {
    expect(citePassage(bare, bare.passages[0]!, 'Only paragraph.', 2)).toEqual({ doc: 'bare', title: 'bare', paragraph: 1, quote: 'Only paragraph.', score: 2 });
  });

  it('refuses a quote that is not verbatim text of the paragraph', () => {
    expect(() => citePassage(full, full.passages[0]!, 'First sentence, rewritten.', 1)).toThrow(/not verbatim/);
    expect(() => citePassage(full, full.passages[1]!, 'First sentence.', 1)).toThrow(/full#2/);
  });
});
