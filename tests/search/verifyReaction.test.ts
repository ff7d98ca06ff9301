import { describe, expect, it } from 'vitest';
import { asksMarketReaction } from '../../src/text/answerTypes.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic market story: shares move on results, a union is named but not quoted.
const BRENMOOR = [
  'Shares in Brenmoor Mining fell 9% on Wednesday after the company cut its copper output forecast.',
  'Chief executive Ola Frey said the Tarn pit would reopen in May.',
  'The Tarn miners union has 1,200 members at the pit.',
];

const { answeredFrom, refusal } = verdictsOfStory('brenmoor.md', { title: 'Brenmoor shares fall on output cut', published: '2026-04-01' }, BRENMOOR);

describe('how a market reacted', () => {
  it('answers from the price move, not only from a quote', () => {
    expect(answeredFrom('How did Brenmoor shares react to the output forecast?').paragraph).toBe(1);
  });

  it('refuses where no paragraph names shares or stock', () => {
    expect(refusal('How did Tarn pit shares react to the reopening?')).toMatch(/moved/);
  });

  it('still asks for the words of a speaker who can speak', () => {
    expect(refusal('How did the Tarn miners union react to the output forecast?')).toMatch(/union said/);
  });

  it.each([
    ['How did OTG Holdings stock react to the ruling?', true],
    ["how did the company's shares respond", true],
    ['How did Israel react to the offer?', false],
    ['What did the market say?', false],
  ])('reads %s as a market reaction: %s', (question, expected) => {
    expect(asksMarketReaction(question)).toBe(expected);
  });
});
