import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic story of bodies and who founded them: "found" as the past of "find" beside a name, "founded by"
// a person, and a body "co-founded" with a person's help.
const TRUSTS = [
  'The Harbour Trust runs the old port. Researchers at Kessler Partners found that its cranes were unsafe.',
  'The Lake Fund pays for school meals. It was founded by Anna Berg in 1990.',
  'The Mill Society restores water mills. Its members co-founded it with help from Tomas Lund in 1985.',
];

const { answeredFrom, refusal } = verdictsOfStory('trusts.md', { title: 'Port trusts under review', published: '2025-03-04' }, TRUSTS);

describe('who founded a body', () => {
  it('refuses when the only "found" beside a name is the past of "find" ("researchers found that")', () => {
    expect(refusal('Who founded the Harbour Trust?')).toBe("The story doesn't say who founded the Harbour Trust.");
  });

  it('answers from "founded by" a person', () => {
    expect(answeredFrom('Who founded the Lake Fund?').quote).toContain('Anna Berg');
  });

  it('reads "co-founded" in a question as the verb "found" (the tokenizer splits the prefix in the story too)', () => {
    expect(answeredFrom('Who co-founded the Mill Society?').quote).toContain('Tomas Lund');
    expect(refusal('Who co-founded the Harbour Trust?')).toBe("The story doesn't say who co-founded the Harbour Trust.");
  });
});

// A tiny synthetic story of bodies and their people: a member of one in a post that does not head it, the head of
// another named with its body, and a union's general secretary.
const BODIES = [
  'Clara Biondi, the health spokesperson for the opposition Civic Alliance, called for the contract to be published.',
  'Professor Martin Kessler, an epidemiologist at Northgate University, voted against.',
  'Harwick Rowing Club member Jonas Roth said the river was too high.',
  'The Harwick Chamber of Commerce welcomed the vote, while the city’s mayor, Alan Whitcombe, called it necessary.',
  'Tomas Reyes, the general secretary of the Dock Workers Union, said members would vote on strikes.',
];

const bodies = verdictsOfStory('bodies.md', { title: 'Contract criticised', published: '2026-08-19' }, BODIES);

describe('who heads a body, where a member of it is named', () => {
  it('refuses where the only person beside the body holds another post in it', () => {
    expect(bodies.refusal('Who leads the Civic Alliance?')).toBe("The story doesn't say who leads the Civic Alliance.");
    expect(bodies.refusal('Who heads Northgate University?')).toBe("The story doesn't say who heads Northgate University.");
    expect(bodies.refusal('Who leads the Harwick Chamber of Commerce?')).toBe("The story doesn't say who leads the Harwick Chamber of Commerce.");
  });

  it('answers a name beside the body with no other post, and a general secretary', () => {
    expect(bodies.answeredFrom('Who runs Harwick Rowing Club?').quote).toContain('Jonas Roth');
    expect(bodies.answeredFrom('Who leads the Dock Workers Union?').quote).toContain('Tomas Reyes');
  });
});

// A tiny synthetic story where a body's head is named by a possessive pronoun in the sentence after the body.
const PRONOUN_POSTS = [
  'The Guild of Rope Makers welcomed the ruling but warned that workshops were short of staff. Its president, Dr. Lena Vasquez, said wages had to rise.',
  'The River Trust opposed the plan. Mark Dolan, a local farmer, said the fields would flood.',
];

const pronounPosts = verdictsOfStory('guild.md', { title: 'Ruling welcomed', published: '2026-05-02' }, PRONOUN_POSTS);

describe('who heads a body named by "its" in the next sentence', () => {
  it('answers from "Its president, …" after a sentence about the body', () => {
    expect(pronounPosts.answeredFrom('Who leads the Guild of Rope Makers?').quote).toContain('Lena Vasquez');
  });

  it('still refuses a name in the next sentence with no post of the body', () => {
    expect(pronounPosts.refusal('Who leads the River Trust?')).toBe("The story doesn't say who leads the River Trust.");
  });
});
