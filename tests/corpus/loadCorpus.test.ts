import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, formatProblem, loadCorpus, loadDocument, parseDocument } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, CorpusDocument, CorpusProblem } from '../../src/corpus/types.ts';
import { CORPUS_DIR, STORY_FILE } from '../support/paths.ts';
import { STORY_ID, storyFrontMatter, storyParagraphs } from '../support/shippedStory.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

afterEach(removeTempDirs);

/** The one problem reported for a file, failing when there is not exactly one. */
function problemOf(corpus: Corpus, name: string): CorpusProblem {
  const found = corpus.problems.filter((p) => p.file === join(corpus.dir, name));
  expect(found, `problems for ${name}`).toHaveLength(1);
  return found[0]!;
}

/** Asserts a corpus error message is one line naming the folder. */
async function expectCorpusError(dir: string, pattern: RegExp): Promise<CorpusError> {
  const error = await loadCorpus(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  const message = (error as CorpusError).message;
  expect(message).not.toContain('\n');
  expect(message).toContain(resolve(dir));
  expect(message).toMatch(pattern);
  return error as CorpusError;
}

function isDocument(result: CorpusDocument | CorpusProblem): result is CorpusDocument {
  return 'passages' in result;
}

describe('loadCorpus on the shipped story', () => {
  it('loads one document with 20 paragraphs numbered 1 to 20 in body order', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const expected = await storyParagraphs();
    expect(expected).toHaveLength(20);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents).toHaveLength(1);
    const [document] = corpus.documents;
    expect(document!.passages.map((p) => p.paragraph)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(document!.passages.map((p) => p.text)).toEqual(expected);
    expect(document!.passages.map((p) => p.id)).toEqual(expected.map((_, i) => `${STORY_ID}#${i + 1}`));
    expect(document!.passages.every((p) => p.doc === STORY_ID)).toBe(true);
  });

  it('takes title, source and published from the front matter and the id from the file name', async () => {
    const [document] = (await loadCorpus(CORPUS_DIR)).documents;
    const front = await storyFrontMatter();
    expect(document!.id).toBe(STORY_ID);
    expect(document!.title).toBe(front.title);
    expect(document!.source).toBe(front.source);
    expect(document!.published).toBe(front.published);
    expect(document!.file).toBe(STORY_FILE);
    expect(document!.url).toBeUndefined();
  });

  it('reports the absolute corpus folder', async () => {
    const corpus = await loadCorpus('corpus');
    expect(corpus.dir).toBe(resolve('corpus'));
  });
});

describe('loadCorpus on other folders', () => {
  it('falls back to the file name when the front matter has no title', async () => {
    const dir = await makeTempCorpus({ 'no-title.md': story({ source: 'Wire' }, ['Only paragraph here.']) });
    const [document] = (await loadCorpus(dir)).documents;
    expect(document!.title).toBe('no-title');
    expect(document!.source).toBe('Wire');
  });

  it('falls back to the file name when there is no front matter at all', async () => {
    const dir = await makeTempCorpus({ 'bare.md': 'First paragraph.\n\nSecond paragraph.\n' });
    const [document] = (await loadCorpus(dir)).documents;
    expect(document!.id).toBe('bare');
    expect(document!.title).toBe('bare');
    expect(document!.passages.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('loads a story whose front matter holds a YAML list (tags), with its known fields', async () => {
    const dir = await makeTempCorpus({ 'tagged.md': '---\ntitle: Tagged story\ntags:\n  - gaza\n  - isf\npublished: 2025-12-20\n---\n\nOne paragraph.\n' });
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => [d.id, d.title, d.published])).toEqual([['tagged', 'Tagged story', '2025-12-20']]);
  });

  it('reads .txt files the same way as .md files', async () => {
    const text = story({ title: 'Plain text', published: '2024-01-02' }, ['Alpha paragraph.', 'Beta paragraph.']);
    const dir = await makeTempCorpus({ 'one.md': text, 'two.txt': text });
    const corpus = await loadCorpus(dir);
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    expect([...byId.keys()].sort()).toEqual(['one', 'two']);
    const strip = (d: CorpusDocument) => ({ ...d, id: '', file: '', passages: d.passages.map((p) => ({ ...p, id: '', doc: '' })) });
    expect(strip(byId.get('two')!)).toEqual(strip(byId.get('one')!));
    expect(byId.get('two')!.title).toBe('Plain text');
  });

  it('ignores files that are neither .md nor .txt, and hidden files', async () => {
    const dir = await makeTempCorpus({
      'story.md': 'A paragraph.',
      'notes.json': '{"not": "a story"}',
      '.hidden.md': 'Hidden paragraph.',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['story']);
    expect(corpus.problems).toEqual([]);
  });

  it('separates paragraphs at several blank lines as at one', async () => {
    const dir = await makeTempCorpus({ 'gaps.md': 'One.\n\n\n\n\nTwo.\n  \n\t\nThree.\n' });
    const [document] = (await loadCorpus(dir)).documents;
    expect(document!.passages.map((p) => [p.paragraph, p.text])).toEqual([
      [1, 'One.'],
      [2, 'Two.'],
      [3, 'Three.'],
    ]);
  });

  it('reads CRLF line endings, in the front matter and between paragraphs', async () => {
    const crlf = '---\r\ntitle: Windows story\r\npublished: 2024-05-06\r\n---\r\n\r\nFirst line.\r\n\r\nSecond line.\r\n\r\n\r\nThird line.\r\n';
    const dir = await makeTempCorpus({ 'windows.md': crlf });
    const [document] = (await loadCorpus(dir)).documents;
    expect(document!.title).toBe('Windows story');
    expect(document!.published).toBe('2024-05-06');
    expect(document!.passages.map((p) => p.text)).toEqual(['First line.', 'Second line.', 'Third line.']);
  });

  it('keeps a paragraph that wraps over several lines as one paragraph', async () => {
    const dir = await makeTempCorpus({ 'wrapped.md': 'A sentence that\nwraps onto a second line.\n\nNext paragraph.' });
    const [document] = (await loadCorpus(dir)).documents;
    expect(document!.passages.map((p) => p.text)).toEqual(['A sentence that\nwraps onto a second line.', 'Next paragraph.']);
  });

  it('loads documents in file-name order', async () => {
    const dir = await makeTempCorpus({ 'b.md': 'Bee.', 'a.md': 'Ay.', 'c.txt': 'See.' });
    expect((await loadCorpus(dir)).documents.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('loadCorpus errors', () => {
  it('throws a one-line CorpusError naming a missing folder', async () => {
    const dir = await makeTempCorpus({});
    await expectCorpusError(join(dir, 'no-such-folder'), /no such file or folder/);
  });

  it('throws a one-line CorpusError for an empty folder', async () => {
    const dir = await makeTempCorpus({});
    await expectCorpusError(dir, /empty/);
  });

  it('says a folder with only other kinds of files holds no story, naming them', async () => {
    const dir = await makeTempCorpus({ 'readme.rst': 'Not a story.' });
    await expectCorpusError(dir, /holds no \.md or \.txt story, only one other file \(readme\.rst\)/);
  });

  it('throws a one-line CorpusError when the path is a file, not a folder', async () => {
    const dir = await makeTempCorpus({ 'story.md': 'A paragraph.' });
    await expectCorpusError(join(dir, 'story.md'), /not a folder/);
  });

  it('reports a bad file next to good ones and still loads the good ones', async () => {
    const dir = await makeTempCorpus({
      'good.md': story({ title: 'Good' }, ['A good paragraph.']),
      'broken.md': '---\ntitle: Broken\nThe closing line is missing.\n',
      'also-good.txt': 'Another good paragraph.',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['also-good', 'good']);
    expect(corpus.problems).toHaveLength(1);
    expect(problemOf(corpus, 'broken.md').message).toMatch(/no closing ---/);
  });

  it('reports unclosed front matter', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'unclosed.md': '---\ntitle: Never closed\n\nBody text.\n' });
    const problem = problemOf(await loadCorpus(dir), 'unclosed.md');
    expect(problem.message).toMatch(/front matter/);
    expect(problem.message).toMatch(/closing ---/);
  });

  it('reports a front matter line that is not key: value, with its line number', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'bad-line.md': '---\ntitle: Fine\nthis line is wrong\n---\n\nBody.\n' });
    const problem = problemOf(await loadCorpus(dir), 'bad-line.md');
    expect(problem.message).toMatch(/line 3/);
    expect(problem.message).toContain('this line is wrong');
  });

  it('reports a front matter value with an unclosed quote', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'quote.md': '---\ntitle: "Half quoted\n---\n\nBody.\n' });
    expect(problemOf(await loadCorpus(dir), 'quote.md').message).toMatch(/unclosed " quote/);
  });

  it('skips each story whose YAML front matter cannot be used, with a one-line reason, and loads the rest', async () => {
    const broken = {
      'alias.md': 'title: *missing',
      'bomb.md': ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`), 'title: *h'].join('\n'),
      'mapping.md': 'title:\n  main: T',
      'nesting.md': `title: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}`,
    };
    const files = Object.fromEntries(Object.entries(broken).map(([name, block]) => [name, `---\n${block}\n---\n\nBody.\n`]));
    const corpus = await loadCorpus(await makeTempCorpus({ 'good.md': story({ title: 'Good' }, ['Fine.']), ...files }));
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    for (const name of Object.keys(broken)) {
      const { message } = problemOf(corpus, name);
      expect(message).toMatch(/^front matter /);
      expect(message).not.toContain('\n');
    }
  });

  it('reports a document whose body is empty', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'empty-body.md': '---\ntitle: Nothing here\n---\n\n  \n\n' });
    expect(problemOf(await loadCorpus(dir), 'empty-body.md').message).toMatch(/empty body/);
  });

  it('reports an empty file', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'zero.md': '' });
    expect(problemOf(await loadCorpus(dir), 'zero.md').message).toMatch(/empty body/);
  });

  it('reports a folder named like a story as unreadable', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'x.md': { folder: true } });
    expect(problemOf(await loadCorpus(dir), 'x.md').message).toMatch(/is a folder/);
  });

  it('reports a file holding NUL bytes as not text', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]) });
    expect(problemOf(await loadCorpus(dir), 'binary.txt').message).toMatch(/NUL/);
  });

  it('gives every problem as one line that names the file', async () => {
    const dir = await makeTempCorpus({
      'ok.md': 'Fine.',
      'a.md': '---\ntitle: x\n',
      'b.md': '---\nnot a pair\n---\nBody.',
      'c.md': '',
      'd.md': { folder: true },
      'e.txt': 'a\u0000b',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toHaveLength(5);
    for (const problem of corpus.problems) {
      const line = formatProblem(problem);
      expect(line).not.toContain('\n');
      expect(line.startsWith(problem.file)).toBe(true);
      expect(problem.file.startsWith(corpus.dir)).toBe(true);
    }
  });

  it('throws a one-line CorpusError naming every bad file when no file is usable', async () => {
    const dir = await makeTempCorpus({ 'a.md': '---\ntitle: x\n', 'b.txt': '', 'c.md': { folder: true } });
    const error = await expectCorpusError(dir, /no usable story/);
    for (const name of ['a.md', 'b.txt', 'c.md']) expect(error.message).toContain(join(resolve(dir), name));
  });
});

describe('loadDocument', () => {
  it('says a missing file cannot be read', async () => {
    const dir = await makeTempCorpus({});
    const result = await loadDocument(join(dir, 'gone.md'));
    expect(isDocument(result)).toBe(false);
    expect((result as CorpusProblem).message).toMatch(/cannot be read: no such file/);
  });
});

describe('parseDocument', () => {
  it('numbers paragraphs and gives every one its sentences with offsets', () => {
    const result = parseDocument('/stories/demo.md', 'First one. Still first.\n\nSecond one.');
    expect(isDocument(result)).toBe(true);
    const document = result as CorpusDocument;
    expect(document.id).toBe('demo');
    expect(document.passages.map((p) => p.sentences.map((s) => s.text))).toEqual([['First one.', 'Still first.'], ['Second one.']]);
  });

  it('keeps url and author from the front matter and ignores unknown keys', () => {
    const raw = '---\ntitle: T\nurl: https://example.com/a\nauthor: A. Writer\ncategory: news\n---\nBody.';
    const document = parseDocument('/x/t.md', raw) as CorpusDocument;
    expect(document.url).toBe('https://example.com/a');
    expect(document.author).toBe('A. Writer');
    expect(document).not.toHaveProperty('category');
  });

  it('takes the id from a file name with dots, dropping only the last extension', () => {
    const document = parseDocument('/x/2025.12.20-update.md', 'Body.') as CorpusDocument;
    expect(document.id).toBe('2025.12.20-update');
  });
});
