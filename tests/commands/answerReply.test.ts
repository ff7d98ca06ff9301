import { describe, expect, it } from 'vitest';
import { answerReply } from '../../commands/answerReply.ts';
import type { Answer, CitedPassage } from '../../src/search/types.ts';

const passage = (paragraph: number, related?: true): CitedPassage => ({
  doc: 'doc',
  title: 'Title',
  paragraph,
  quote: `Quote of ¶${paragraph}.`,
  score: 1,
  ...(related && { related }),
});

describe('answerReply', () => {
  it('turns an answer into quotes with no lines', () => {
    const answer: Answer = { question: 'Q?', answered: true, passages: [passage(3), passage(5)] };
    expect(answerReply('ask', answer)).toEqual({ command: 'ask', echo: 'Q?', lines: [], quotes: answer.passages, refused: false, json: answer });
  });

  it('turns a refusal into its reason, marking listed passages as related', () => {
    const answer: Answer = { question: 'Q?', answered: false, reason: "The story doesn't mention X.", passages: [passage(2, true)] };
    const reply = answerReply('ask', answer);
    expect(reply).toMatchObject({ refused: true, lines: ["The story doesn't mention X."], quotesAreRelated: true, quotes: answer.passages });
  });

  it('does not call an empty refusal related', () => {
    const reply = answerReply('search', { question: '', answered: false, reason: 'Give some words.', passages: [] });
    expect(reply).not.toHaveProperty('quotesAreRelated');
    expect(reply.command).toBe('search');
  });

  it('gives a default reason when a refusal has none', () => {
    expect(answerReply('ask', { question: 'Q', answered: false, passages: [] }).lines).toEqual(["The story doesn't answer that."]);
  });
});
