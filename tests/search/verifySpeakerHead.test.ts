import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic story: a body's spokesperson quoted after a sentence on the opposition, and another body's
// leader quoted.
const CONTRACT = [
  'The deal has drawn criticism from opposition lawmakers over the cost. Clara Biondi, the health spokesperson for the opposition Civic Alliance, said the contract had been signed "behind closed doors".',
  'Harbour Party leader Omar Fenn said the deal came too late.',
  'The Federation of Dairy Farmers welcomed the deal. Its president, Ines Varga, said farms would need new tanks.',
];

const { answeredFrom, refusal } = verdictsOfStory('contract.md', { title: 'Contract criticised', published: '2026-08-19' }, CONTRACT);

describe('what the head of a named body said', () => {
  it('refuses where the story quotes only someone in another post of the body', () => {
    expect(refusal('What did the leader of the Civic Alliance say about the contract?')).toMatch(/doesn't report anything the leader of the Civic Alliance said/);
  });

  it('answers where the story puts someone in charge of the body', () => {
    expect(answeredFrom('What did the leader of the Harbour Party say?').quote).toContain('Fenn');
  });

  it('reads a noun for a body before the post as whose post it is ("the dairy farmers\' federation president")', () => {
    expect(answeredFrom("What did the dairy farmers' federation president say farms would need?").paragraph).toBe(3);
  });
});
