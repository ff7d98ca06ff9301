import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic strike story: a consultation's turnout, a leader who speaks at a rally, a minister.
const STRIKE = [
  'Rail workers in Valdria began a 48-hour strike on Wednesday after talks broke down.',
  'A consultation on the new timetable drew 3,200 responses, two thirds of them in favour.',
  'Union general secretary Paulo Serrat told a rally outside the central station that members had no choice.',
  'Transport Minister Carla Mendes called the walkout irresponsible.',
];

const { answeredFrom } = verdictsOfStory('strike.md', { title: 'Valdria rail workers strike', published: '2026-09-10' }, STRIKE);

describe('the counted noun of "how many X took part"', () => {
  it('ends at the light verb: "people", not "people took part"', () => {
    expect(answeredFrom('How many people took part in the consultation?').paragraph).toBe(2);
  });
});

describe('a verb of speaking where the paragraph reports speech', () => {
  it('does not count "speak" against a paragraph where the speaker "told a rally"', () => {
    expect(answeredFrom('Where did Serrat speak?').paragraph).toBe(3);
  });
});
