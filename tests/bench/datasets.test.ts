import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNearMissSet } from '../../bench/datasets/nearMissSet.ts';
import { loadPublicPool, poolBenchQuestions, poolCorpus } from '../../bench/datasets/publicPool.ts';
import { readQuestionFile } from '../../bench/datasets/questionFile.ts';
import { loadSquad2Article } from '../../bench/datasets/squad2Article.ts';
import { evenSample, loadXquadOffCorpus, splitHalves } from '../../bench/datasets/xquadOffCorpus.ts';
import { normalizeForQuote } from '../../bench/metrics.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

afterEach(removeTempDirs);

/** A SQuAD-format file: articles of [context, [question, answer | null (impossible)][]][] paragraphs. */
function squadJson(articles: Record<string, [string, [string, string | null][]][]>): string {
  let n = 0;
  const data = Object.entries(articles).map(([title, paragraphs]) => ({
    title,
    paragraphs: paragraphs.map(([context, qas]) => ({
      context,
      qas: qas.map(([question, answer]) => ({
        id: `${title}-${n++}`,
        question,
        answers: answer === null ? [] : [{ text: answer, answer_start: context.indexOf(answer) }],
        is_impossible: answer === null,
      })),
    })),
  }));
  return JSON.stringify({ version: 'test', data });
}

async function writeQuestionFile(questions: unknown[]): Promise<string> {
  const corpus = await makeTempCorpus({ 'story.md': story({ title: 'Story' }, ['Rubio spoke in Washington on Friday.', 'China abstained.']) });
  const file = join(corpus, 'questions.json');
  await writeFile(file, JSON.stringify({ corpus, questions }));
  return file;
}

describe('readQuestionFile', () => {
  it('reads kinds, falls back to answerable true/false, and warns when an answer is not in its paragraph', async () => {
    const file = await writeQuestionFile([
      { id: 'a', kind: 'answerable', question: 'where did rubio speak', doc: 'story', paragraph: 1, answer: 'Washington' },
      { id: 'b', answerable: true, question: 'who abstained', doc: 'story', paragraph: 2, answer: 'Russia' },
      { id: 'n', kind: 'near-miss', question: 'what did china say', note: 'China says nothing.' },
      { id: 'u', answerable: false, question: 'weather?' },
    ]);
    const set = await readQuestionFile(file);
    expect(set.questions.map((q) => [q.id, q.kind, q.answerable])).toEqual([
      ['a', 'answerable', true],
      ['b', 'answerable', true],
      ['n', 'near-miss', false],
      ['u', 'unanswerable', false],
    ]);
    expect(set.warnings).toEqual(['b: answer "Russia" is not in story ¶2']);
  });
  it('rejects a near-miss without a note, an unknown kind and a kind that contradicts answerable', async () => {
    await expect(readQuestionFile(await writeQuestionFile([{ id: 'n', kind: 'near-miss', question: 'q' }]))).rejects.toThrow(/needs a note/);
    await expect(readQuestionFile(await writeQuestionFile([{ id: 'x', kind: 'chit-chat', question: 'q' }]))).rejects.toThrow(/kind must be/);
    await expect(readQuestionFile(await writeQuestionFile([{ id: 'x', kind: 'small-talk', answerable: true, question: 'hi' }]))).rejects.toThrow(
      /contradicts/,
    );
  });
});

describe('the shipped near-miss set', () => {
  it('loads without warnings: enough of each kind, every near-miss noted, every answer in its gold paragraph', async () => {
    const set = await loadNearMissSet();
    expect(set.warnings).toEqual([]);
    const count = (kind: string): number => set.questions.filter((q) => q.kind === kind).length;
    expect(count('near-miss')).toBeGreaterThanOrEqual(45);
    expect(count('small-talk') + count('off-topic')).toBeGreaterThanOrEqual(15);
    expect(count('answerable')).toBeGreaterThanOrEqual(25);
    const paragraphs = new Map(set.corpus.documents.flatMap((d) => d.passages.map((p) => [`${p.doc}#${p.paragraph}`, p.text])));
    for (const q of set.questions.filter((x) => x.answerable)) {
      const gold = paragraphs.get(`${q.expected[0]!.doc}#${q.expected[0]!.paragraph}`)!;
      expect(normalizeForQuote(gold), q.id).toContain(normalizeForQuote(q.answers[0]!));
    }
  });
});

describe('XQuAD off-corpus split', () => {
  it('evenSample keeps everything up to the limit, then an even spread of exactly the limit', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });
  it('indexes every second article sorted by title; questions about the others are off-corpus', async () => {
    const dir = await makeTempCorpus({
      'x.json': squadJson({
        Delta: [['Delta has four sides.', [['How many sides has Delta?', 'four']]]],
        Alpha: [['Alpha is first.', [['What is first?', 'Alpha']]], ['Alpha is old.', [['How old is Alpha?', 'old']]]],
        Charlie: [['Charlie is third.', [['Who is third?', 'Charlie']]]],
        Bravo: [['Bravo is second.', [['Who is second?', 'Bravo']]]],
      }),
    });
    const halves = splitHalves([{ title: 'b' }, { title: 'a' }, { title: 'c' }].map((a) => ({ ...a, id: a.title, paragraphs: [] })));
    expect(halves.indexed.map((a) => a.title)).toEqual(['a', 'c']);
    const set = (await loadXquadOffCorpus(join(dir, 'x.json')))!;
    try {
      expect(set.corpus.documents.map((d) => d.id).sort()).toEqual(['alpha', 'charlie']);
      expect(set.questions.map((q) => [q.question, q.kind, q.expected])).toEqual([
        ['What is first?', 'answerable', [{ doc: 'alpha', paragraph: 1 }]],
        ['How old is Alpha?', 'answerable', [{ doc: 'alpha', paragraph: 2 }]],
        ['Who is third?', 'answerable', [{ doc: 'charlie', paragraph: 1 }]],
        ['Who is second?', 'off-corpus', []],
        ['How many sides has Delta?', 'off-corpus', []],
      ]);
    } finally {
      await set.dispose();
    }
  });
  it('is null when the file is absent', async () => {
    expect(await loadXquadOffCorpus('/nonexistent/xquad.json')).toBeNull();
  });
});

describe('SQuAD 2.0 article', () => {
  it('keeps answerable questions with their gold paragraph and marks is_impossible ones unanswerable', async () => {
    const dir = await makeTempCorpus({
      's.json': squadJson({ Complexity: [['P is a class.', [['What is P?', 'a class']]], ['NP is another.', [['What is NQ?', null]]]] }),
    });
    const set = (await loadSquad2Article(join(dir, 's.json')))!;
    try {
      expect(set.questions.map((q) => [q.kind, q.expected, q.answers])).toEqual([
        ['answerable', [{ doc: 'complexity', paragraph: 1 }], ['a class']],
        ['unanswerable', [], []],
      ]);
    } finally {
      await set.dispose();
    }
  });
});

describe('loadPublicPool', () => {
  it('pools both sets, keeps the SQuAD 2.0 article over the XQuAD one of the same title, and drops impossible questions', async () => {
    const dir = await makeTempCorpus({
      'x.json': squadJson({
        Rhine: [['The Rhine is long.', [['Is the Rhine long?', 'long']]]],
        Complexity: [['P is a class.', [['What is P?', 'a class']]]],
      }),
      's.json': squadJson({ Complexity: [['P is a class.', [['What is P?', 'a class']]], ['NP is another.', [['What is NQ?', null]]]] }),
    });
    const pool = await loadPublicPool({ xquad: join(dir, 'x.json'), squad2: join(dir, 's.json') });
    expect(pool.articles.map((a) => [a.id, a.source, a.paragraphs.length])).toEqual([
      ['rhine', 'xquad', 1],
      ['complexity', 'squad2', 2],
    ]);
    expect(pool.questions.map((q) => [q.doc, q.paragraph, q.question])).toEqual([
      ['rhine', 1, 'Is the Rhine long?'],
      ['complexity', 1, 'What is P?'],
    ]);
    expect(pool.notes).toHaveLength(1);
    const corpus = poolCorpus(pool.articles.filter((a) => a.id === 'complexity'));
    expect(corpus.documents.map((d) => [d.id, d.title, d.passages.map((p) => p.text)])).toEqual([['complexity', 'Complexity', ['P is a class.', 'NP is another.']]]);
    expect(poolBenchQuestions(pool.questions)[1]!.expected).toEqual([{ doc: 'complexity', paragraph: 1 }]);
  });
  it('notes a missing file and still loads the other', async () => {
    const dir = await makeTempCorpus({ 's.json': squadJson({ Complexity: [['P is a class.', [['What is P?', 'a class']]]] }) });
    const pool = await loadPublicPool({ xquad: join(dir, 'missing.json'), squad2: join(dir, 's.json') });
    expect(pool.articles).toHaveLength(1);
    expect(pool.notes[0]).toMatch(/XQuAD skipped/);
  });
});
