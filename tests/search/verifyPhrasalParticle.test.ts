import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic recall story: the words of the paragraphs differ from a phrasal verb's ("take back" → "return").
const RECALL = [
  'Tarnfield Foods recalled its oat bars on Friday after a supplier found metal fragments.',
  'Shoppers can return the bars to the store where they bought them for a full refund.',
  'The company said it would back an inquiry by the food regulator.',
  'The food regulator approved the recall plan on Monday.',
];

const { answeredFrom } = verdictsOfStory('tarnfield.md', { title: 'Tarnfield Foods recalls oat bars', published: '2026-03-02' }, RECALL);

describe('a phrasal verb whose light verb the stop words drop', () => {
  it('finds the one-word verb on its particle ("take them back" → "return")', () => {
    expect(answeredFrom('Where can shoppers take them back?').paragraph).toBe(2);
  });
});

describe('a phrasal verb in its news sense, which WordNet lacks', () => {
  it('finds the one-word verb for it ("sign off on" → "approved")', () => {
    expect(answeredFrom('When did the food regulator sign off on the recall plan?').paragraph).toBe(4);
  });
});
