import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { detectSmallTalk } from '../../src/search/smallTalk.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { verdictsOf } from './verdicts.ts';

// A tiny synthetic town paper: every answer type has a paragraph that answers it and a near-miss that does not.
const HARBOUR = [
  'The Portvale harbour reopened on Monday, March 3, after two years of repairs.',
  'Mayor Elena Brisk said the town spent 4 million euros on the new quay.',
  'Fishing crews from Greendale and Eastwick will return to the harbour in spring.',
  'Eastwick council members did not comment on the plan.',
  'The harbour master, Tomas Reed, expects larger ferries because the channel is deeper now.',
];

let engine: Engine;

beforeAll(async () => {
  const dir = await makeTempCorpus({ 'harbour.md': story({ title: 'Portvale harbour reopens', published: '2024-03-04' }, HARBOUR) });
  engine = createEngine(await loadCorpus(dir));
});

afterAll(removeTempDirs);

const { answeredFrom } = verdictsOf(() => engine);

describe('answer verification: the quote holds a filler of the type asked for', () => {
  it('answers a number question with the paragraph that gives the number', () => {
    expect(answeredFrom('How much did the town spend on the quay?').quote).toContain('4 million');
  });

  it('answers a date question with the paragraph that gives the date', () => {
    expect(answeredFrom('When did the Portvale harbour reopen?').quote).toContain('March 3');
  });

  it('answers "what did X say" with the speech of that speaker', () => {
    expect(answeredFrom('What did Elena Brisk say about the quay?').paragraph).toBe(2);
  });

  it('answers a why question with the paragraph that gives a reason', () => {
    expect(answeredFrom('Why does the harbour master expect larger ferries?').paragraph).toBe(5);
  });
});

describe('answer verification: each reason names what the story lacks', () => {
  it.each([
    // A number asked for a name the story mentions, where the story gives it no number.
    ['How many boats will Greendale send?', "The story doesn't give a number of boats for Greendale."],
    // Speech asked of someone the story names but never quotes.
    ['What did Eastwick council members say?', "The story doesn't report anything Eastwick council members said."],
    // A role the story never mentions, although its words are everywhere.
    ['Who is the Portvale harbour commissioner?', "The story doesn't mention a Portvale harbour commissioner."],
    // A name the story never mentions.
    ['What did Westhaven say about the harbour?', "The story doesn't mention Westhaven."],
    // A date asked for what the story gives none.
    ['When will Greendale crews return?', "The story mentions Greendale, but doesn't say when."],
  ])('refuses "%s"', (question, reason) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe(reason);
    for (const passage of answer.passages) expect(passage.related).toBe(true);
  });

  it('refuses a question put in the negative that the passage states positively', () => {
    expect(engine.ask('What did the town not spend on the quay?').answered).toBe(false);
  });

  it('refuses a question that asks the opposite of what the passage says', () => {
    expect(engine.ask('Why does the harbour master expect smaller ferries?').answered).toBe(false);
  });

  it('answers a yes/no question with the passage that says the opposite', () => {
    expect(answeredFrom('Does the harbour master expect smaller ferries?').paragraph).toBe(5);
  });
});

describe('small talk', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['thanks so much', 'thanks'],
    ['thnks', 'thanks'],
    ['who are you?', 'identity'],
    ['who r u', 'identity'],
    ['are you a robot?', 'identity'],
    ['help me', 'help'],
    ['bye', 'farewell'],
    ['ok cool', 'acknowledgement'],
    ['thank u', 'thanks'],
    ['nice one', 'acknowledgement'],
    ["thanks, that's helpful!", 'thanks'],
    ['that is really useful', 'acknowledgement'],
    ['ok, makes sense', 'acknowledgement'],
    ["great, it's very informative", 'acknowledgement'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(detectSmallTalk(text)).toBe(kind);
  });

  it('reads a greeting followed by a question as a question', () => {
    expect(detectSmallTalk('hi, when did the harbour reopen?')).toBeUndefined();
    expect(detectSmallTalk('help me understand the quay costs')).toBeUndefined();
    expect(detectSmallTalk('is the quay useful?')).toBeUndefined();
    expect(detectSmallTalk('is it clear?')).toBeUndefined();
    expect(detectSmallTalk('was that good?')).toBeUndefined();
    expect(detectSmallTalk("thanks, that's helpful: who paid for it?")).toBeUndefined();
  });

  it('answers small talk without a story quote, marked as small talk and not answered', () => {
    const answer = engine.ask('thanks!');
    expect(answer).toMatchObject({ answered: false, smallTalk: true, passages: [] });
    expect(answer.reason).not.toMatch(/Portvale|harbour/);
  });
});

describe('typos', () => {
  it('repairs misspelt common words and answers', () => {
    expect(answeredFrom('wat did elena brisk sai about the quay').paragraph).toBe(2);
  });

  it('never repeats a misspelt word in a refusal', () => {
    for (const question of ['wat did the mayor sai about westhaven', 'how mnay ferries wuld come', 'whta is teh budget of the harbour', 'wht did the guarentee say']) {
      const answer = engine.ask(question);
      if (answer.answered) continue;
      for (const typo of ['wat', 'sai', 'mnay', 'wuld', 'whta', 'teh', 'wht', 'guarentee']) expect(answer.reason).not.toMatch(new RegExp(`\\b${typo}\\b`));
    }
  });
});
