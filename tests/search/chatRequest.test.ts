import { describe, expect, it } from 'vitest';
import { CHAT_REQUEST_REPLY, isChatRequest } from '../../src/search/chatRequest.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic bakery story whose words the requests share ("bread", "oven", "password" nowhere).
const BAKERY = [
  'The Millbrook bakery reopened on Monday with a new wood-fired oven.',
  'Owner Rosa Lind said the oven bakes 400 loaves of bread a day.',
  'How to keep prices low is the bakery\u2019s main worry, Lind said.',
];

const { engine, answeredFrom } = verdictsOfStory('bakery.md', { title: 'Millbrook bakery reopens', published: '2024-01-15' }, BAKERY);

describe('requests no news quote answers', () => {
  it.each([
    'how do I bake bread at home',
    'How can I reset my password?',
    'how to clean an oven',
    'where can I buy a wood-fired oven',
    'what is the best bread for toast',
    "what's a good oven for a small kitchen",
    'recommend a bakery near me',
    'can you write a poem about bread',
    'convert 400 grams to ounces',
    'set a timer for ten minutes',
    'what time is it',
    "what's the weather like in Millbrook",
  ])('reads "%s" as a request, answered without a story quote', (text) => {
    expect(isChatRequest(text)).toBe(true);
    expect(engine().ask(text)).toMatchObject({ answered: false, reason: CHAT_REQUEST_REPLY, passages: [] });
  });

  it.each([
    'How many loaves does the oven bake a day?',
    'how would you sum up the owner\u2019s worry',
    'What is the best-known bakery in Millbrook?',
    'What is the time rate of change of electric charge?',
    'How do bakers keep prices low?',
  ])('reads "%s" as a question', (text) => {
    expect(isChatRequest(text)).toBe(false);
  });

  it('still answers a question about the story', () => {
    expect(answeredFrom('How many loaves of bread does the oven bake a day?').quote).toContain('400 loaves');
  });
});
