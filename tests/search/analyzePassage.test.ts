import { describe, expect, it } from 'vitest';
import { createPassage } from '../../src/corpus/createPassage.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { analyzePassage, sentenceWordTerms } from '../../src/search/analyzePassage.ts';
import { termOf } from '../../src/text/analyze.ts';

const TEXT = 'The Foreign Office spokesperson spoke. Pakistan’s troops of the U.S. mission were sent.';

function analyzed() {
  const passage = createPassage('story', 1, TEXT);
  const document = { id: 'story', title: 'Story', passages: [passage] } as unknown as CorpusDocument;
  return analyzePassage(document, passage);
}

describe('sentenceWordTerms', () => {
  it('gives the term of every word of the sentence in order, stop words included', () => {
    const [, second] = analyzed().sentences;
    expect(sentenceWordTerms(second!)).toEqual(['pakistan', 'troops', 'of', 'the', 'us', 'mission', 'were', 'sent'].map((w) => termOf(w)));
  });

  it('computes a sentence once: asked again, it gives the same array', () => {
    const [first] = analyzed().sentences;
    expect(sentenceWordTerms(first!)).toBe(sentenceWordTerms(first!));
    expect(sentenceWordTerms(first!)).toHaveLength(5);
  });
});
