import { describe, expect, it } from 'vitest';
import { speechTopic } from '../../src/search/speechTopic.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic council story: the mayor speaks on the budget, the union's leader is quoted through
// "according to", and "the budget" is a theme of the story (it stands in most paragraphs).
const COUNCIL = [
  'The city council passed its budget on Tuesday after a long debate.',
  'Mayor Ines Dalca said the budget "keeps every library open and every bus running."',
  'According to the transit union leader, Pavel Moro, drivers were "tired of waiting for a fair contract."',
  'The budget adds two new bus routes and repairs the old bridge.',
  'Council members will review the budget again in the spring.',
];

const { answeredFrom, refusal } = verdictsOfStory('council.md', { title: 'Council passes budget', published: '2024-02-07' }, COUNCIL);

describe('what a named speaker said about a topic of ordinary words', () => {
  it('refuses when the speaker is quoted only on another topic', () => {
    expect(refusal('What did Pavel Moro say about the bridge repairs?')).toBe("The story doesn't report anything Pavel Moro said about the bridge repairs.");
  });

  it('reads the topic after any of its opening words, and names it in the refusal', () => {
    expect(refusal('What did Pavel Moro say on the subject of the bridge repairs?')).toBe("The story doesn't report anything Pavel Moro said about the bridge repairs.");
    expect(refusal('What did Pavel Moro say regarding the bridge repairs?')).toBe("The story doesn't report anything Pavel Moro said about the bridge repairs.");
  });

  it('refuses when the topic word is nowhere in the story', () => {
    expect(refusal('What did Mayor Dalca say about parking fines?')).toBe("The story doesn't report anything Mayor Dalca said about parking fines.");
  });

  it('answers when the speaker speaks on the topic', () => {
    expect(answeredFrom('What did Pavel Moro say about the contract?').quote).toContain('fair contract');
  });

  it('answers when the topic is a theme of the story', () => {
    expect(answeredFrom('What did Pavel Moro say about the budget?').quote).toContain('Pavel Moro');
  });
});

describe('speechTopic', () => {
  it('finds where the topic opens and the topic as written, from a given offset on', () => {
    const question = 'What did the Minister of State for Education say concerning school meals?!';
    expect(speechTopic(question)).toEqual({ offset: 49, text: 'school meals' });
    expect(speechTopic(question, 50)).toBeUndefined();
    expect(speechTopic('What did the mayor say?')).toBeUndefined();
  });
});
