import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic council story: a vote whose opponents are counted and one of them named, and a second vote whose
// two opponents are both named.
const STORY = [
  'Three councillors opposed the quay plan. Among them was Ingrid Maalouf, a former harbour pilot.',
  'The weather in the harbour was calm all week.',
  'The parking levy passed after Tobias Renner and Odile Faure voted against it.',
];

const { answeredFrom, refusal } = verdictsOfStory('council.md', { title: 'Council approves the quay plan', published: '2024-05-02' }, STORY);

describe('"who … besides X"', () => {
  it('refuses a window whose only person is the one the question leaves out', () => {
    expect(refusal('Who else opposed the quay plan besides Ingrid Maalouf?')).toBe("The story doesn't name anyone besides Ingrid Maalouf.");
  });

  it('answers a window that names another person', () => {
    expect(answeredFrom('Who voted against the parking levy besides Tobias Renner?').quote).toContain('Odile Faure');
  });
});
