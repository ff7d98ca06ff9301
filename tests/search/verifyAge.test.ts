import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic council story: one person's age given as news writes it, one person's not, a building's age by the
// year it was built, and a span of time that is nobody's age.
const COUNCIL = [
  'The council elected Maria Lenz, 47, as its new leader on Monday.',
  'Her deputy, Paul Brandt, said the vote was the most important in half a century.',
  'The town hall was built in 1890 and will be repaired next year.',
  'The oldest member, aged 81, said he would stand down.',
];

const { answeredFrom, refusal } = verdictsOfStory('council.md', { title: 'Council elects new leader', published: '2026-05-04' }, COUNCIL);

describe('a person’s age', () => {
  it('answers an age the story writes after the name', () => {
    expect(answeredFrom('How old is Maria Lenz?').quote).toContain('Lenz, 47,');
  });

  it('refuses a person’s age where the story gives none, naming the person', () => {
    expect(refusal('How old is Paul Brandt?')).toBe("The story doesn't give Paul Brandt's age.");
  });

  it('leaves a thing’s age to the dates', () => {
    expect(answeredFrom('How old is the town hall?').quote).toContain('1890');
  });
});
