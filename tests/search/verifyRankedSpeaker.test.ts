import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic story: a foreign minister named by title once, then quoted as "he said".
const TALKS = [
  'Norland Foreign Minister Arvid Lenz met his Estmark counterpart in Vella on Monday.',
  '"We are ready to sign the fishing accord this spring," he said.',
  'Estmark officials said the talks would resume in April.',
];

const { answeredFrom, refusal } = verdictsOfStory('talks.md', { title: 'Fishing talks in Vella', published: '2024-03-04' }, TALKS);

describe('a speaker asked after with an adjective of rank the story does not write', () => {
  it('finds the title holder\'s words without the rank word ("the top Norland minister")', () => {
    expect(answeredFrom('What did the top Norland minister say about the accord?').quote).toContain('fishing accord');
    expect(answeredFrom('What did the senior Norland minister say?').quote).toContain('fishing accord');
  });

  it('still refuses a speaker the story never quotes', () => {
    expect(refusal('What did the top Estmark minister say?')).toMatch(/doesn't report anything the top Estmark minister said|doesn't say anything/);
  });
});
