import { describe, expect, it } from 'vitest';
import { readFollowUp, type PreviousExchange } from '../../../src/bot/conversation/rewriteFollowUp.ts';

const vote: PreviousExchange = {
  question: 'How did Pakistan vote on the UN resolution?',
  quotes: ['Notably, despite concerns about operational engagement, Pakistan voted in favor, indicating support for the initiative at the global level.'],
};
const remarks: PreviousExchange = { question: 'What did Rubio say?', quotes: ['“I think we owe them a few more answers,” he said.'] };
const noName: PreviousExchange = {
  question: 'Who thanked the country for its openness?',
  quotes: ['Speaking on Friday in Washington, DC, Rubio thanked Pakistan for its openness.', 'Rubio made these statements.'],
};

function rewritten(message: string, previous?: PreviousExchange): string | undefined {
  const reading = readFollowUp(message, previous);
  return reading.kind === 'rewritten' ? reading.question : undefined;
}

describe('readFollowUp: swapping the entity', () => {
  it('keeps the predicate and swaps the main name ("and China?")', () => {
    expect(rewritten('and China?', vote)).toBe('How did China vote on the UN resolution?');
    expect(rewritten('what about India?', vote)).toBe('How did India vote on the UN resolution?');
    expect(rewritten('How about Russia', vote)).toBe('How did Russia vote on the UN resolution?');
  });

  it('reads a bare name asked back as the same question about it', () => {
    expect(rewritten('Egypt?', vote)).toBe('How did Egypt vote on the UN resolution?');
  });

  it('capitalises a name typed in lower case, but not a phrase with function words', () => {
    expect(rewritten('and china', vote)).toBe('How did China vote on the UN resolution?');
    expect(rewritten('what about the security council?', vote)).toBe('How did the security council vote on the UN resolution?');
  });

  it('swaps initials for initials and keeps a possessive ending', () => {
    expect(rewritten('and the EU?', vote)).toBe('How did Pakistan vote on the EU resolution?');
    expect(rewritten('and Russia?', { question: "What is India's viewpoint?", quotes: [] })).toBe("What is Russia's viewpoint?");
  });

  it('refuses with a hint when the earlier question names nothing to swap', () => {
    const reading = readFollowUp('and Russia?', { question: 'Who abstained?', quotes: [] });
    expect(reading.kind).toBe('unfollowable');
    expect(reading.kind === 'unfollowable' && reading.hint).toMatch(/Ask the whole question/);
  });

  it('reads a whole question after "and" on its own terms', () => {
    expect(rewritten('and how did he vote?', remarks)).toBe('How did Rubio vote?');
    expect(readFollowUp('and how many troops has Pakistan sent to UN missions?', vote)).toEqual({ kind: 'standalone' });
  });
});

describe('readFollowUp: pronouns', () => {
  it('resolves he/his/they to the main name of the earlier question', () => {
    expect(rewritten('who is he?', remarks)).toBe('Who is Rubio?');
    expect(rewritten('What is his role?', remarks)).toBe("What is Rubio's role?");
    expect(rewritten('what did they decide?', vote)).toBe('What did Pakistan decide?');
    expect(rewritten('what did she tell her staff?', remarks)).toBe("What did Rubio tell Rubio's staff?");
  });

  it('reads a follow-up opening with any auxiliary as a question of its own ("and shall he…", "must he…")', () => {
    expect(rewritten('and shall he vote again?', vote)).toBe('Shall Pakistan vote again?');
    expect(rewritten('shall he vote again', vote)).toBe('Shall Pakistan vote again?');
    expect(rewritten('and must he vote again?', vote)).toBe('Must Pakistan vote again?');
  });

  it('falls back to the name the answer repeats most when the question names no one', () => {
    expect(rewritten('what else did he say?', noName)).toBe('What else did Rubio say?');
  });

  it('leaves a message that names someone itself alone', () => {
    expect(readFollowUp('Did Pakistan say it would send troops?', vote)).toEqual({ kind: 'standalone' });
  });

  it('leaves statements with a pronoun alone', () => {
    expect(readFollowUp('thanks, that is it', vote)).toEqual({ kind: 'standalone' });
  });
});

describe('readFollowUp: question words', () => {
  it('keeps the subject and changes the question word', () => {
    expect(rewritten('why?', vote)).toBe('Why did Pakistan vote on the UN resolution?');
    expect(rewritten('When exactly?', vote)).toBe('When did Pakistan vote on the UN resolution?');
    expect(rewritten('how many?', { question: 'Which countries abstained?', quotes: [] })).toBe('How many abstained?');
  });

  it('puts the question word in front of a yes/no question', () => {
    expect(rewritten('Why?', { question: 'Did China abstain?', quotes: [] })).toBe('Why did China abstain?');
  });
});

describe('readFollowUp: more, standalone messages and nothing to follow', () => {
  it('reads "more" and its variants', () => {
    for (const text of ['more', 'More?', 'show me more', 'more please', 'any more?', 'next', 'what else?']) expect(readFollowUp(text, vote)).toEqual({ kind: 'more' });
    expect(readFollowUp('more', undefined)).toEqual({ kind: 'more' });
  });

  it('answers a message that stands on its own as typed', () => {
    for (const text of ['How many troops has Pakistan sent to UN missions?', 'who abstained?', 'thanks', 'hi', 'status of the ISF']) {
      expect(readFollowUp(text, vote)).toEqual({ kind: 'standalone' });
      expect(readFollowUp(text)).toEqual({ kind: 'standalone' });
    }
  });

  it('refuses a follow-up with nothing to follow, with a hint, instead of misreading it', () => {
    for (const text of ['and China?', 'what about India?', 'why?', 'who is he?']) {
      const reading = readFollowUp(text);
      expect(reading.kind, text).toBe('unfollowable');
      expect(reading.kind === 'unfollowable' && reading.hint, text).toMatch(/no earlier question/);
    }
  });

  it('never adds words beyond the user\'s and the earlier question\'s', () => {
    const messages = ['and China?', 'what about India?', 'who is he?', 'why?', 'when?', 'What is his role?'];
    for (const message of messages) {
      for (const previous of [vote, remarks]) {
        const question = rewritten(message, previous);
        if (question === undefined) continue;
        const allowed = new Set(`${message} ${previous.question} ${previous.quotes.join(' ')}`.toLowerCase().match(/\p{L}+/gu));
        for (const word of question.toLowerCase().match(/\p{L}+/gu) ?? []) expect(allowed.has(word) || word === 's', `${word} in ${question}`).toBe(true);
      }
    }
  });
});
