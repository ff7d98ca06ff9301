import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic wire story: an agreement approved and voted on, a lane charted, a claim given up.
const HARBOUR = [
  'The council approved the trade agreement on March 3 after a long debate.',
  'Norway and Chile supported the vote, while Peru abstained.',
  'The harbour authority charted the new shipping lane in 2019.',
  'The dockers union gave up its claim to the northern piers in May.',
  'If funded, the dredging could be brought forward, aiming for operations in autumn 2025.',
  'The port closed the east quay in June because of storm damage.',
];

const { answeredFrom, refusal } = verdictsOfStory('harbour.md', { title: 'Harbour council approves trade agreement', published: '2024-05-20' }, HARBOUR);

describe('a question about an event the story never tells of', () => {
  it('refuses the agent of a predicate the story lacks, naming what is missing', () => {
    expect(refusal('Which country drafted the trade agreement?')).toBe("The story doesn't say which country drafted the trade agreement.");
  });

  it('refuses the time of a passive event the story lacks', () => {
    expect(refusal('When was the trade agreement broken?')).toBe("The story doesn't say when the trade agreement was broken.");
  });

  it('refuses the cause of an event the story lacks', () => {
    expect(refusal('Why did the harbour authority resign?')).toBe("The story doesn't say why the harbour authority resigned.");
  });

  it('refuses the place of a passive event the story lacks', () => {
    expect(refusal('Where was the trade agreement signed?')).toBe("The story doesn't say where the trade agreement was signed.");
  });

  it('refuses the agent of a future event the story lacks', () => {
    expect(refusal('Who will lead the trade agreement talks?')).toBe("The story doesn't say who will lead the trade agreement talks.");
  });
});

describe('a predicate the story words otherwise', () => {
  it('answers with a thesaurus synonym of the verb ("backed" for "supported")', () => {
    expect(answeredFrom('Which country backed the vote?').paragraph).toBe(2);
  });

  it('answers with a troponym of the verb ("mapped" for "charted")', () => {
    expect(answeredFrom('Who mapped the new shipping lane?').paragraph).toBe(3);
  });

  it('answers with a phrasal synonym ("surrender" for "gave up")', () => {
    expect(answeredFrom('Which union surrendered its claim to the northern piers?').paragraph).toBe(4);
  });

  it('answers the cause of an event the story tells of', () => {
    expect(answeredFrom('Why did the port close the east quay?').paragraph).toBe(6);
  });

  it('answers a predicate the story has', () => {
    expect(answeredFrom('When did the council approve the trade agreement?').paragraph).toBe(1);
  });
});

describe('the timing of an event asked with an aspectual verb ("start", "begin")', () => {
  it('answers from a paragraph that dates the event by its noun alone', () => {
    expect(answeredFrom('When could the operations start?').paragraph).toBe(5);
  });

  it('still refuses when no paragraph names the event', () => {
    expect(refusal('When did the strike begin?')).toBeDefined();
  });
});
