import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic club story: one person's start in a post dated with its verb, one dated by "since", and one post
// holder named beside a date that is about something else.
const CLUB = [
  'Anna Weber became chair of the rowing club in 2019, after ten years as a coach.',
  'The club treasurer, Jonas Roth, has kept the accounts since 2021.',
  'The club secretary, Lena Hartmann, said on Monday that the boathouse would reopen in June 2027.',
];

const { answeredFrom, refusal } = verdictsOfStory('club.md', { title: 'Rowing club to reopen boathouse', published: '2026-05-04' }, CLUB);

describe('the date someone became something', () => {
  it('answers where the date stands with the change', () => {
    expect(answeredFrom('When did Anna Weber become chair of the rowing club?').quote).toContain('2019');
    expect(answeredFrom('When did Jonas Roth become club treasurer?').quote).toContain('since 2021');
  });

  it('refuses where the paragraph dates only something else', () => {
    expect(refusal('When did Lena Hartmann become club secretary?')).toBe("The story doesn't say when Lena Hartmann became club secretary.");
  });
});
