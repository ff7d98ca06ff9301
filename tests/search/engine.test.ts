import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/search/engine.ts';
import type { Answer } from '../../src/search/types.ts';
import { expectWellFormedAnswer, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;
let storyWords: string[];

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
  storyWords = [...new Set(file.paragraphs.join(' ').split(/\s+/))];
});

/** Asks and checks the answer is well formed and came back quickly (no pathological slowness). */
function askQuickly(question: string, budgetMs = 2000): Answer {
  const started = performance.now();
  const answer = engine.ask(question);
  expect(performance.now() - started).toBeLessThan(budgetMs);
  expectWellFormedAnswer(answer, file);
  return answer;
}

const ODD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n\r\u00a0\u2003 '],
  ['10,000 characters', 'Pakistan troops ISF Gaza '.repeat(400)],
  ['10,000 of one letter', 'x'.repeat(10_000)],
  ['emoji only', '😀🎉🇵🇰👍🏽'],
  ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f\u200b\u202e'],
  ['Markdown', '# Heading\n**bold** _it_ [link](https://example.com) `code` > quote\n- item'],
  ['regex metacharacters', '.*+?^${}()|[]\\'],
  ['a mention of everyone', '<!everyone>'],
  ['a Discord mention', '<@123456789012345678> @here'],
  ['HTML', '<script>alert("ISF")</script>'],
  ['lone surrogates', '\ud800 Pakistan \udfff'],
  ['right-to-left text', 'ما هو موقف باكستان؟'],
  ['Chinese text', '巴基斯坦派遣了多少军队？'],
  ['accents', 'Qu’a dit Rubió à propos du Pakistán ?'],
  ['a number only', '200,000'],
  ['punctuation only', '?!?!... ,,, ;;'],
  ['the placeholders of the sentence tokenizer', '{{ABBREV_0}} {{NUMBER_1}} {{DELIM_2}} {{URI_3}}'],
  ['a word repeated', 'ISF '.repeat(3000)],
];

describe('Engine.ask on odd inputs', () => {
  it.each(ODD_INPUTS)('gives an answer object for %s', (_name, input) => {
    askQuickly(input);
  });

  it('refuses empty and whitespace input with a reason', () => {
    for (const input of ['', '   ', '\n\t']) {
      const answer = askQuickly(input);
      expect(answer).toMatchObject({ answered: false, passages: [] });
      expect(answer.reason).toMatch(/empty/);
    }
  });

  it('refuses input without words, such as emoji or punctuation', () => {
    for (const input of ['😀🎉', '.*+?^${}()|[]\\', '?!?!']) expect(askQuickly(input).answered).toBe(false);
  });

  it('cuts very long input and still answers from the words it kept', () => {
    const answer = askQuickly(`How many troops has Pakistan sent to UN missions? ${'and more '.repeat(2000)}`);
    expect(answer.question.length).toBeLessThanOrEqual(1000);
    expect(answer.question.startsWith('How many troops has Pakistan sent to UN missions?')).toBe(true);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('200,000');
  });

  it('strips control characters from the question it echoes', () => {
    const answer = askQuickly('What is\u0000 the\u0007 ISF?\u001b');
    expect(answer.question).toBe('What is the ISF?');
    expect(answer.answered).toBe(true);
  });

  it('treats non-string input as text instead of throwing', () => {
    const ask = engine.ask as (q: unknown) => Answer;
    for (const input of [undefined, null, 42]) expectWellFormedAnswer(ask(input), file);
  });

  it('answers 200 arbitrary unicode strings without throwing, with verbatim quotes and a reason only when refused (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (question) => {
        const answer = engine.ask(question);
        expect(typeof answer.answered).toBe('boolean');
        expect('reason' in answer).toBe(!answer.answered);
        expectWellFormedAnswer(answer, file);
      }),
      { numRuns: 200 },
    );
  });

  it('answers 200 jumbles of story words and arbitrary text with the same guarantees (property)', () => {
    const word = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...storyWords) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom('what', 'who', 'when', 'how many', 'why', '?', 'the', 'ISF', 'U.S.', '200,000') },
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 15 }), (words) => {
        const answer = engine.ask(words.join(' '));
        expect('reason' in answer).toBe(!answer.answered);
        expectWellFormedAnswer(answer, file);
        if (answer.answered) answered += 1;
      }),
      { numRuns: 200 },
    );
    // The property must reach both sides: answers and refusals.
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(200);
  });

  it('searches arbitrary text without throwing, citing verbatim (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (terms) => {
        const answer = engine.search(terms);
        expect('reason' in answer).toBe(!answer.answered);
        for (const p of answer.passages) expect(file.paragraphs[p.paragraph - 1]).toContain(p.quote);
      }),
      { numRuns: 200 },
    );
  });
});
