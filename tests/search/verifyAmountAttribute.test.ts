import { describe, expect, it } from 'vitest';
import { frameQuestion } from '../../src/search/questionFrame.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic business story: a firm named without its revenue, another with it.
const STORY = [
  'Norvane Freight reported annual revenue of $2.3 billion in March.',
  'Harbor Logistics, a freight company based in Rotterdam, said it would open a depot in the city next year.',
];

const { answeredFrom, refusal } = verdictsOfStory('freight.md', { title: 'Freight firms expand in the port', published: '2024-05-02' }, STORY);

describe('an attribute that names an amount ("annual revenue")', () => {
  it('refuses a paragraph that names the company but gives no figure', () => {
    expect(refusal("What is Harbor Logistics' annual revenue?")).toBe("The story doesn't give an annual revenue for Harbor and Logistics.");
  });

  it('answers where the figure is given', () => {
    expect(answeredFrom("What is Norvane Freight's annual revenue?").quote).toContain('$2.3 billion');
  });

  it('reads the attribute after a possessive written with the apostrophe alone', () => {
    expect(frameQuestion("What is Harbor Logistics' annual revenue?").focus?.text).toBe('annual revenue');
  });
});
