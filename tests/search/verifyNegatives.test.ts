import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic council story: support withheld in words other than a negation, and a "no" vote.
const COUNCIL = [
  'The Brookfield council approved the harbour budget on Tuesday.',
  'Councillors Ada Vance and Piet Moor abstained in the vote on the harbour budget.',
  'Councillor Lena Ruiz, who voted against the plan, argued that the ferry fund was too small.',
  'The mayor praised the budget as balanced.',
  'Inspectors must check every pier before the ferry service can reopen, the harbour master said.',
  'The old tugboat Marta is moored at the north quay, and its owners said the tugboat carries too little fuel to reach the outer islands.',
];

const { answeredFrom, refusal } = verdictsOfStory('council.md', { title: 'Brookfield passes harbour budget', published: '2024-05-08' }, COUNCIL);

describe('negated questions', () => {
  it('answers "didnt back" with the passage that tells of abstaining', () => {
    expect(answeredFrom('which councillors didnt back the harbour budget').paragraph).toBe(2);
  });

  it('reads "vote no" as the vote given, not as a negated question', () => {
    expect(answeredFrom('why did Ruiz vote no').paragraph).toBe(3);
  });

  it('answers "why not yet" with the passage that says what must come first', () => {
    expect(answeredFrom("Why hasn't the ferry service reopened yet?").paragraph).toBe(5);
  });

  it('answers "why can\'t" with the passage that tells of an excess ruling it out ("too little fuel to reach")', () => {
    expect(answeredFrom("Why can't the tugboat reach the outer islands?").paragraph).toBe(6);
  });

  it('still refuses a negated question the passage states only positively', () => {
    expect(refusal('What did the mayor not praise?')).toMatch(/negative/);
  });
});
