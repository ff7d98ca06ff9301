import { describe, expect, it } from 'vitest';
import { analyzeQuestion, EXPANSION_WEIGHTS } from '../../../src/search/analyzeQuestion.ts';
import { rankPassages } from '../../../src/search/rankPassages.ts';
import { tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  port: {
    title: 'Port strike',
    paragraphs: ['The dockworkers of Portvale have a strong union and a long memory.', 'The union staged a walkout on March 3.'],
  },
});

describe('a phrasal verb of the question finds its one-word noun', () => {
  it('"walk out" finds "walkout", at the variant weight', () => {
    const walk = analyzeQuestion('When did the dockworkers walk out?', index).words.find((w) => w.surface === 'walk')!;
    expect(walk.missing).toBe(false);
    expect(walk.alternatives.get('walkout')).toBe(EXPANSION_WEIGHTS.variant);
    expect(rankPassages(index, analyzeQuestion('When did the dockworkers walk out?', index))[0]?.indexed.passage.paragraph).toBe(2);
  });

  it('from an inflected verb too ("walked out" → "walkout")', () => {
    const walked = analyzeQuestion('When had the dockworkers walked out?', index).words.find((w) => w.surface === 'walked')!;
    expect(walked.alternatives.has('walkout')).toBe(true);
  });
});
