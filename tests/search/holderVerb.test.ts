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
