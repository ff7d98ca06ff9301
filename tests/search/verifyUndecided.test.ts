import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic transit story: one choice the board has not made, one it has, one outcome nobody knows yet and
// one that waits on a condition.
const STORY = [
  'The transit board has not decided whether the Lindmoor tram will run on the new Corvale line.',
  'The board approved a fare freeze for the Lindmoor tram until next spring.',
  'It remains unclear whether the Corvale depot will reopen this winter, a spokesman said.',
  'Whether the Ostmark ferry joins the network is unknown until the harbour lease is signed.',
];

const { answeredFrom, refusal } = verdictsOfStory('transit.md', { title: 'Transit board weighs tram plans', published: '2024-05-02' }, STORY);

describe('a yes/no question about something the story says is unsettled', () => {
  it('refuses when the best sentence says it has not been decided', () => {
    expect(refusal('Will the Lindmoor tram run on the Corvale line?')).toContain('not yet decided or known');
  });

  it('refuses when the best sentence says it is unclear', () => {
    expect(refusal('Will the Corvale depot reopen this winter?')).toContain('not yet decided or known');
  });

  it('answers a question that asks whether it has been decided', () => {
    expect(answeredFrom('Has the transit board decided whether the Lindmoor tram will run on the Corvale line?').paragraph).toBe(1);
  });

  it('answers when the sentence names what the outcome waits on', () => {
    expect(answeredFrom('Will the Ostmark ferry join the network?').paragraph).toBe(4);
  });

  it('answers a yes/no question the story settles', () => {
    expect(answeredFrom('Did the board approve a fare freeze for the Lindmoor tram?').paragraph).toBe(2);
  });
});
