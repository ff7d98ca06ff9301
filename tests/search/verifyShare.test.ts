import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic strike story: a walkout told with counts and a date, a ballot told with a share.
const STORY = [
  'The dockers held a 24-hour walkout on March 3 that left 14 ships waiting at anchor.',
  'The weather in the harbour was calm all week.',
  'In the ballot on overtime, 62 percent of the dockers voted to refuse extra shifts.',
];

const { answeredFrom, refusal } = verdictsOfStory('strike.md', { title: 'Dockers strike at the harbour', published: '2024-05-02' }, STORY);

describe('a question that asks a share', () => {
  it('refuses a paragraph that gives only counts and dates', () => {
    expect(refusal('What percentage of the dockers backed the March walkout?')).toBe("The story doesn't give a percentage.");
  });

  it('answers where a percentage is given', () => {
    expect(answeredFrom('What percentage of the dockers voted to refuse overtime?').quote).toContain('62 percent');
  });
});
