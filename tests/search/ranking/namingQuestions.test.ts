import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/search/analyzeQuestion.ts';
import { rankPassages } from '../../../src/search/rankPassages.ts';
import { tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  mayor: {
    title: 'Harbour town',
    paragraphs: [
      'Critics already speak of Dana 2.0, a bolder mayor with a bigger budget for the harbour.',
      'Dana used the old harbour.',
      'Critics called the harbour plan costly.',
      'The works, known as the Eastfield scheme, start in May.',
    ],
  },
});

const top = (text: string): number | undefined => rankPassages(index, analyzeQuestion(text, index))[0]?.indexed.passage.paragraph;

describe('questions after the name a story gives something', () => {
  it('finds a second term written as a version number ("Dana 2.0")', () => {
    expect(top("what nickname does the article use for Dana's second term")).toBe(1);
  });

  it('does not search the verb by which the document names it ("does the article use")', () => {
    const words = analyzeQuestion("what nickname does the article use for Dana's second term", index).words.map((w) => w.surface);
    expect(words).not.toContain('use');
  });

  it('finds the name a story gives by another naming verb ("what is X called" → "X, known as Y")', () => {
    expect(top('What are the harbour works called?')).toBe(4);
  });
});
