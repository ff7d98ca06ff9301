import { describe, expect, it } from 'vitest';
import { analyzeQuestion, EXPANSION_WEIGHTS } from '../../../src/search/analyzeQuestion.ts';
import { rankPassages } from '../../../src/search/rankPassages.ts';
import { termOf } from '../../../src/text/analyze.ts';
import { tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  talks: {
    title: 'Harbour talks',
    paragraphs: [
      'Madrid hosted the harbour talks this week, and the city was busy with delegates.',
      'Spain’s stance on the harbour plan is still cautious, officials said.',
      'The US wants the harbour plan to open the port to its shipping lines.',
    ],
  },
});

describe('a capital in the possessive stands for its country', () => {
  it('"Madrid\'s position" finds Spain too, at the synonym weight', () => {
    const madrid = analyzeQuestion("What is Madrid's position on the harbour plan?", index).words.find((w) => w.surface === 'Madrid')!;
    expect(madrid.alternatives.get(termOf('spain'))).toBe(EXPANSION_WEIGHTS.synonym);
    expect(rankPassages(index, analyzeQuestion("What is Madrid's position on the harbour plan?", index))[0]?.indexed.passage.paragraph).toBe(2);
  });

  it('a capital as the actor stands for its country too ("does Madrid hope"), Washington included', () => {
    const madrid = analyzeQuestion('What does Madrid hope the harbour plan brings?', index).words.find((w) => w.surface === 'Madrid')!;
    expect(madrid.alternatives.get(termOf('spain'))).toBe(EXPANSION_WEIGHTS.synonym);
    const washington = analyzeQuestion('What does Washington want from the harbour plan?', index).words.find((w) => w.surface === 'Washington')!;
    expect(washington.alternatives.get(termOf('us'))).toBe(EXPANSION_WEIGHTS.synonym);
    expect(rankPassages(index, analyzeQuestion('What does Washington want from the harbour plan?', index))[0]?.indexed.passage.paragraph).toBe(3);
  });

  it('a capital in a question about places stays a city', () => {
    const madrid = analyzeQuestion('Where is Madrid?', index).words.find((w) => w.surface === 'Madrid')!;
    expect(madrid.alternatives.has(termOf('spain'))).toBe(false);
  });

  it('a capital alone stays a city', () => {
    const madrid = analyzeQuestion('Who came to Madrid for the talks?', index).words.find((w) => w.surface === 'Madrid')!;
    expect(madrid.alternatives.has(termOf('spain'))).toBe(false);
  });
});
