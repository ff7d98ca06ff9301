import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic dairy story: people counted as members and as people, places counted as markets and as sites, and
// a paragraph whose only numbers are a share and a sum.
const DAIRY = [
  'The cooperative has 2,300 members and employs about 900 people at its creameries.',
  'It sells cheese in 40 markets and runs plants at 12 sites.',
  'The state holds a 6 percent stake in the cooperative, worth €80 million, which it will sell.',
];

const { answeredFrom, refusal } = verdictsOfStory('dairy.md', { title: 'Dairy cooperative grows', published: '2026-03-12' }, DAIRY);

describe('counts of loose nouns', () => {
  it('answers a count of people or places written with a noun of their kind', () => {
    expect(answeredFrom('How many people belong to the cooperative?').quote).toContain('2,300 members');
    expect(answeredFrom('In how many countries does the cooperative sell cheese?').quote).toContain('40 markets');
  });

  it('refuses where the only numbers count no people or places', () => {
    expect(refusal('How many people will the state sell its stake to?')).toBe("The story doesn't give a number of people.");
    expect(refusal('How many countries does the state stake cover?')).toBe("The story doesn't give a number of countries.");
  });
});
