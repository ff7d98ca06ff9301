import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic wire story: a spokesperson of one office, another country named elsewhere, and deeds of named
// actors for yes/no questions.
const CONVOYS = [
  'The United States pledged forty more trucks for the convoys on Monday.',
  'The convoys crossed into Mali after the agency approved a new route.',
  'Relief Office spokesperson Mara Lind said the convoys would resume within days.',
  'The agency delivered 4,000 tonnes of grain to Mali last year.',
  'The convoys are a temporary measure until roads reopen.',
];

const { engine, answeredFrom, refusal } = verdictsOfStory('convoys.md', { title: 'Grain convoys resume in the Sahel', published: '2024-03-04' }, CONVOYS);

describe('a role of a body the passage does not name', () => {
  it('refuses the spokesperson of a body when the passage has only another office’s', () => {
    expect(refusal('Who is the spokesperson of the United States Relief Department?')).toBe(
      "The story doesn't say who the spokesperson of the United States Relief Department is.",
    );
  });

  it('answers the spokesperson of the office the passage names', () => {
    expect(answeredFrom('Who is the spokesperson of the Relief Office?').quote).toContain('Mara Lind');
  });
});

describe('a yes/no question about a subject the story never mentions', () => {
  it('refuses what a body the story lacks did', () => {
    expect(refusal("Did the agency's board approve the new route?")).toBe("The story doesn't mention board.");
  });

  it('answers what a body the story names did', () => {
    expect(answeredFrom('Did the agency approve a new route?').paragraph).toBe(2);
  });

  it('does not refuse what something is for a word the story lacks: that is paraphrased', () => {
    expect(engine().ask("Will the convoys' future be temporary?").reason ?? '').not.toContain('mention future');
  });
});

describe('reasons of these checks repeat no typo of the question', () => {
  const typed: [question: string, typos: string[]][] = [
    ["did the agency's board aprove the new route", ['aprove']],
    ['who is the spokesprson of the United States Relief Department', ['spokesprson']],
  ];
  for (const [question, typos] of typed) {
    it(`refuses "${question}" without echoing ${typos.join(', ')}`, () => {
      const reason = refusal(question);
      for (const typo of typos) expect(reason.toLowerCase()).not.toContain(typo);
    });
  }
});
