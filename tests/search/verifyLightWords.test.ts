import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic business story: volumes by region, a debate's length, a detour, a bridge's date.
const MILLBROOK = [
  'Millbrook Dairies said volumes fell in every region except Norland, where they grew 3%.',
  'The board debated the closure of the Esk creamery for almost six hours on Monday.',
  'A weight limit on the Esk bridge forces milk tankers on a 9-mile detour.',
  'The Esk bridge was built in 1962 and carries the main road to the creamery.',
  'Millbrook employs 2,400 people and was founded in 1951.',
  'Milk tankers will go to the Tarn depot from June.',
  'Farm gate prices are expected to climb because feed costs have doubled.',
  'The new Tarn depot is aiming for deliveries in early 2027.',
];

const { answeredFrom, refusal } = verdictsOfStory('millbrook.md', { title: 'Millbrook Dairies weighs creamery closure', published: '2026-02-02' }, MILLBROOK);

describe('light verbs and particles the paragraph words otherwise', () => {
  it('answers "go up" from a paragraph that says "grew"', () => {
    expect(answeredFrom('Where did volumes go up?').paragraph).toBe(1);
  });

  it('does not count a raising predicate ("expected to") against a paragraph that tells of the event', () => {
    expect(answeredFrom('When are deliveries expected to resume?').paragraph).toBe(8);
  });

  it('still counts a missing content word against the paragraph', () => {
    expect(refusal('Where did butter sales go up?')).toMatch(/butter|sales/);
  });
});

describe('the degree word of "how long" / "how old"', () => {
  it('does not count "long" against a paragraph that gives the length', () => {
    expect(answeredFrom('How long did the board debate the creamery closure?').paragraph).toBe(2);
  });

  it('reads a hyphenated count of miles as a length', () => {
    expect(answeredFrom('How long is the detour for milk tankers?').paragraph).toBe(3);
  });

  it('answers "how old" with the year something began ("built in 1962")', () => {
    expect(answeredFrom('How old is the Esk bridge?').paragraph).toBe(4);
  });

  it('refuses "how far … from" where the paragraph gives no distance', () => {
    expect(refusal('How far is Norland from the Millbrook creamery?')).toMatch(/how far/);
  });

  it('reads "how far did volumes grow" as a degree, not a distance', () => {
    expect(answeredFrom('How far did Millbrook volumes in Norland grow?').paragraph).toBe(1);
  });

  it('still refuses "how long" where the paragraph gives only a point in time', () => {
    expect(refusal('How long did it take to build the Esk bridge?')).toMatch(/how long/);
  });
});

describe('phrasal verbs', () => {
  it('finds the one-word verb WordNet gives for a phrasal verb ("go up" → "climb")', () => {
    expect(answeredFrom('Why will farm gate prices go up?').paragraph).toBe(7);
  });

  it('weighs the light verb of a phrasal verb below the words that say what happened', () => {
    expect(answeredFrom('How long did the creamery debate go on?').paragraph).toBe(2);
  });
});
