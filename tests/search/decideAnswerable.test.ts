import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { refuseQuestion } from '../../src/search/decideAnswerable.ts';
import { verifyAnswer } from '../../src/search/verifyAnswer.ts';
import type { Engine } from '../../src/search/engine.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { DEFAULT_RANKING, rankPassages } from '../../src/search/rankPassages.ts';
import { expectWellFormedAnswer, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;
let index: PassageIndex;

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
  index = new PassageIndex(engine.corpus);
});

/** One sentence: no line break, one final stop, no stop followed by a new sentence inside. */
function expectOneSentence(reason: string | undefined): void {
  expect(reason).toBeDefined();
  expect(reason).not.toContain('\n');
  expect(reason).toMatch(/[.!?]$/);
  expect(reason!.slice(0, -1)).not.toMatch(/[.!?]\s+\p{Lu}/u);
}

function verdictOf(text: string) {
  const question = analyzeQuestion(text, index);
  const refusal = refuseQuestion(question);
  return refusal ? { answered: false as const, ...refusal } : verifyAnswer(question, rankPassages(index, question, DEFAULT_RANKING));
}

describe('abstention on questions the story does not answer', () => {
  it.each([
    ['weather', "What's the weather like tomorrow?"],
    ['weather', 'Will it rain this weekend?'],
    ['sport', 'Who won the football match last night?'],
    ['sport', 'Who won the cricket world cup?'],
    ['cooking', 'How do I bake sourdough bread?'],
    ['cooking', 'What is the best recipe for chocolate cake?'],
    ['cooking', 'How long should I boil an egg?'],
  ])('refuses an off-topic question (%s): %s', (_topic, question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expectOneSentence(answer.reason);
    expectWellFormedAnswer(answer, file);
  });

  it.each([
    ['What did Indonesia pledge?', 'Indonesia'],
    ['What did Netanyahu say about the ISF?', 'Netanyahu'],
    ['How many troops did Bangladesh offer?', 'Bangladesh'],
    ['What did Macron say about Pakistan?', 'Macron'],
    ['How many troops has Pakistan sent to Mars?', 'Mars'],
  ])('refuses "%s" naming %s, which the story never mentions', (question, name) => {
    expect(file.paragraphs.join('\n')).not.toContain(name);
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe(`The story doesn't mention ${name}.`);
    expectWellFormedAnswer(answer, file);
  });

  it('names every missing part of a full name', () => {
    expect(engine.ask('What did Imran Khan say about the ISF?').reason).toBe("The story doesn't mention Imran or Khan.");
  });

  it('refuses a number the story never mentions', () => {
    expect(engine.ask('What happened in 1999?')).toMatchObject({ answered: false, reason: "The story doesn't mention 1999." });
  });

  it('marks the related passages it lists as related', () => {
    const answer = engine.ask('What did Netanyahu say about the ISF?');
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const p of answer.passages) {
      expect(p.related).toBe(true);
      expect(file.paragraphs[p.paragraph - 1]).toContain('ISF');
    }
  });

  it('lists no passage when nothing in the story is related', () => {
    expect(engine.ask('How do I bake sourdough bread?').passages).toEqual([]);
  });

  it('answers questions about names the story does mention', () => {
    for (const question of ['What did Rubio say?', 'What does India think?', 'Why did China abstain?', 'What happened on November 17?']) {
      const answer = engine.ask(question);
      expect(answer.answered, `${question}: ${answer.reason ?? ''}`).toBe(true);
      expectWellFormedAnswer(answer, file);
    }
  });
});

describe('refuseQuestion and verifyAnswer', () => {
  it('refuses an empty question', () => {
    const verdict = verdictOf('   ');
    expect(verdict.answered).toBe(false);
    expect(verdict).toMatchObject({ reason: expect.stringMatching(/empty/) });
  });

  it('refuses a question made only of function words', () => {
    const verdict = verdictOf('what is the of and?');
    expect(verdict).toMatchObject({ answered: false, reason: expect.stringMatching(/doesn't look like a question/) });
  });

  it('refuses when there is no passage at all, naming the words', () => {
    const question = analyzeQuestion('harbour ferries', index);
    expect(verifyAnswer(question, [])).toMatchObject({ answered: false, reason: "The story doesn't say anything about harbour or ferries." });
  });

  it('accepts a question whose best paragraph holds it, and gives that paragraph', () => {
    const verdict = verdictOf('When did the Security Council approve the resolution?');
    expect(verdict.answered).toBe(true);
    if (verdict.answered) expect(verdict.passage.indexed.passage.paragraph).toBe(10);
  });

  it('gives every refusal as one sentence', () => {
    for (const text of ['', '??', 'bread', 'What did Indonesia pledge?', 'Who won the cup?', 'x'.repeat(50)]) {
      const verdict = verdictOf(text);
      expect(verdict.answered).toBe(false);
      if (!verdict.answered) expectOneSentence(verdict.reason);
    }
  });
});
