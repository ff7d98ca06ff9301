import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic health story: a clinic network named by phrases a reader shortens.
const CLINICS = [
  'The regional health board opened four new clinics in Dunmore on Tuesday.',
  'The Association of Family Doctors said its members would need more nurses to staff the clinics.',
  'A board spokesman said the doctors at the hospital would keep their current hours.',
  'The clinics will open at 8am and close at 6pm on weekdays.',
];

const { answeredFrom, refusal } = verdictsOfStory('clinics.md', { title: 'Health board opens clinics in Dunmore', published: '2026-03-03' }, CLINICS);

describe('a question word whose WordNet synonym or kind the story writes as a phrase', () => {
  it('finds "family doctors" for "GPs"', () => {
    expect(answeredFrom("What did the GPs' association say its members would need?").paragraph).toBe(2);
  });

  it('does not take one word of the phrase for it ("doctors" alone, with the phrase in the paragraph before)', () => {
    expect(refusal('What hours will GPs keep?')).toMatch(/GPs/);
  });
});

describe('two question words that are one WordNet noun ("solar arrays" ~ "solar panels")', () => {
  const probe = ['The Kelda weather probe reached orbit on Monday.', 'Engineers said the solar panels of the probe had deployed an hour after launch.'];
  const { answeredFrom: probeAnswer } = verdictsOfStory('probe.md', { title: 'Kelda probe reaches orbit', published: '2026-03-09' }, probe);
  it('finds the phrase the story writes for the pair', () => expect(probeAnswer('Did the solar arrays open?').paragraph).toBe(2));
});
