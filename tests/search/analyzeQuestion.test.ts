import { beforeAll, describe, expect, it } from 'vitest';
import { termOf } from '../../src/text/analyze.ts';
import { analyzeQuestion, cleanQuestion, EXPANSION_WEIGHTS, MAX_ANALYZED_LENGTH, type QueryWord } from '../../src/search/analyzeQuestion.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { storyEngine } from '../support/storyEngine.ts';

let index: PassageIndex;

beforeAll(async () => {
  index = new PassageIndex((await storyEngine()).corpus);
});

function word(question: string, surface: string): QueryWord {
  const found = analyzeQuestion(question, index).words.find((w) => w.surface === surface);
  expect(found, `${surface} in ${question}`).toBeDefined();
  return found!;
}

describe('cleanQuestion', () => {
  it('turns control and format characters into spaces and collapses whitespace', () => {
    expect(cleanQuestion('  What\u0000is\u200bthe\t\tISF?\r\n')).toBe('What is the ISF?');
  });

  it(`cuts input to ${MAX_ANALYZED_LENGTH} characters`, () => {
    expect(cleanQuestion('a'.repeat(10_000))).toHaveLength(MAX_ANALYZED_LENGTH);
  });
});

describe('analyzeQuestion', () => {
  it('reads the answer type from the question words', () => {
    expect(analyzeQuestion('When did the Security Council vote?', index).answerType).toBe('date');
    expect(analyzeQuestion('How many troops has Pakistan sent?', index).answerType).toBe('number');
    expect(analyzeQuestion('Who is the spokesperson?', index).answerType).toBe('name');
    expect(analyzeQuestion('What is the ISF?', index).answerType).toBe('none');
  });

  it('drops words that only frame a question', () => {
    expect(analyzeQuestion('Please tell me what the story says about Gaza', index).words.map((w) => w.surface)).toEqual(['Gaza']);
  });

  it('repairs a misspelt word to a word of the story, at a lower weight', () => {
    const pakistn = word('What did pakistn offer?', 'pakistn');
    expect(pakistn.missing).toBe(false);
    expect(pakistn.alternatives.get('pakistan')).toBe(EXPANSION_WEIGHTS.typo);
  });

  it('does not repair short words, which are too close to other words', () => {
    expect(word('What about the gaz?', 'gaz').missing).toBe(true);
  });

  it('finds a close word the story uses instead: soldiers → troops', () => {
    expect(word('How many soldiers?', 'soldiers').alternatives.get(termOf('troops'))).toBe(EXPANSION_WEIGHTS.synonym);
  });

  it('expands an acronym to the long form the story defines', () => {
    const isf = word('What is the ISF?', 'ISF');
    expect(isf.isName).toBe(true);
    for (const long of ['international', 'stabilization', 'force']) expect(isf.alternatives.has(termOf(long))).toBe(true);
  });

  it('lets the long form stand for the acronym', () => {
    expect(word('the international stabilization force', 'force').alternatives.get('isf')).toBe(EXPANSION_WEIGHTS.acronym);
  });

  it('marks a name the story lacks as missing and as a name', () => {
    expect(word('What did Indonesia pledge?', 'Indonesia')).toMatchObject({ missing: true, isName: true });
  });

  it('marks an ordinary word the story lacks as ordinary, not as a name', () => {
    expect(word('Is the weather nice?', 'weather')).toMatchObject({ missing: true, isName: false, kind: 'ordinary' });
  });

  it('lists each term once', () => {
    expect(analyzeQuestion('troops troops Troops', index).words).toHaveLength(1);
  });
});
