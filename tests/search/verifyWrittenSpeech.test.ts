import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic ruling: two judges only listed as dissenting, a third whose written words are reported.
const STORY = [
  'The appeals court upheld the Varenna fishing quota by a 3-2 vote. Judges Ilse Marten and Tomas Rehder dissented.',
  'Writing for the majority, Judge Aurel Cosma wrote that the quota "rests squarely on the ministry\'s powers."',
];

const { answeredFrom, refusal } = verdictsOfStory('ruling.md', { title: 'Court upholds Varenna fishing quota', published: '2024-05-02' }, STORY);

describe('"what did X write" asks for X\'s words', () => {
  it('refuses a passage that only lists X among the dissenters', () => {
    expect(refusal('What did Judge Ilse Marten write in her dissent?')).toBe("The story doesn't report anything Judge Ilse Marten said.");
  });

  it('answers with the passage that reports what X wrote', () => {
    expect(answeredFrom('What did Judge Aurel Cosma write about the quota?').paragraph).toBe(2);
  });
});
