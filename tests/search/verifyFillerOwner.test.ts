import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic takeover story: two firms, each with a fact given in a sentence that opens with its own name.
const FIRMS = [
  'Norland agreed to buy the ferry operator Baltline for €400 million on Monday.',
  'Norland was founded in 1952 as a family firm. Baltline, based in Oslo, has made four acquisitions since 2020.',
];

const { answeredFrom, refusal } = verdictsOfStory('firms.md', { title: 'Norland to buy Baltline', published: '2025-03-04' }, FIRMS);

describe("a fact given for another name than the question's", () => {
  it('refuses a date the story gives for another firm', () => {
    expect(refusal('When was Baltline founded?')).toBe("The story mentions Baltline, but doesn't say when.");
  });

  it('refuses a count the story gives for another firm', () => {
    expect(refusal('How many acquisitions has Norland made?')).toBe("The story doesn't give a number of acquisitions for Norland.");
  });

  it("answers the facts given for the question's own name", () => {
    expect(answeredFrom('When was Norland founded?').quote).toContain('1952');
    expect(answeredFrom('How many acquisitions has Baltline made?').quote).toContain('four acquisitions');
  });
});
