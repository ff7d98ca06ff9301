import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/cli/exitCodes.ts';
import { main } from '../../src/cli/main.ts';
import { readLines } from '../../src/cli/readLines.ts';
import { usageText } from '../../src/cli/subcommands.ts';
import type { Answer, SourceSummary, StatusBrief } from '../../src/search/types.ts';
import { CORPUS_DIR, REPO_ROOT } from '../support/paths.ts';
import { STORY_ID } from '../support/shippedStory.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { expectCitedFromStory, readStoryFile, type StoryFile } from '../support/storyEngine.ts';
import { runCli } from '../support/runCli.ts';

const ANSWER_KEYS = ['question', 'answered', 'reason', 'passages'];
const PASSAGE_KEYS = ['doc', 'title', 'paragraph', 'quote', 'score', 'source', 'url', 'published', 'related'];

let file: StoryFile;

beforeAll(async () => {
  file = await readStoryFile();
});

afterAll(removeTempDirs);

/** Asserts a parsed value has the contract's answer shape, quoting the shipped story. */
function expectContractAnswer(value: unknown, question: string): asserts value is Answer {
  expect(value).toBeTypeOf('object');
  const answer = value as Answer;
  for (const key of Object.keys(answer)) expect(ANSWER_KEYS).toContain(key);
  expect(answer.question).toBe(question);
  expect(typeof answer.answered).toBe('boolean');
  expect('reason' in answer).toBe(!answer.answered);
  expect(Array.isArray(answer.passages)).toBe(true);
  for (const passage of answer.passages) {
    for (const key of Object.keys(passage)) expect(PASSAGE_KEYS).toContain(key);
    expectCitedFromStory(passage, file);
  }
}

/** A corpus folder with one small story unlike the shipped one. */
function harbourCorpus(): Promise<string> {
  return makeTempCorpus({
    'harbour.md': story({ title: 'Harbour reopens', source: 'Portvale Gazette', published: '2024-06-01' }, [
      'The harbour of Portvale reopened on Monday after months of repairs, harbour officials confirmed.',
      'Mayor Elena Brisk said ferries will dock again from July, once inspectors sign off on the new piers.',
      'Fishermen remain worried about higher mooring fees, according to the local paper.',
    ]),
  });
}

describe('isf ask', () => {
  it('prints exactly one JSON answer in the contract shape with --json, and nothing else on stdout', async () => {
    const question = 'How many troops has Pakistan sent to UN missions?';
    const run = await runCli(['ask', question, '--json', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const answer: unknown = JSON.parse(run.stdout);
    expectContractAnswer(answer, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]).toMatchObject({ doc: STORY_ID, paragraph: 13 });
    expect(answer.passages[0]!.quote).toContain('200,000');
  });

  it('prints a refusal as JSON with its reason', async () => {
    const run = await runCli(['ask', 'What did Indonesia pledge?', '--json', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(EXIT_CODES.refused);
    const answer: unknown = JSON.parse(run.stdout);
    expectContractAnswer(answer, 'What did Indonesia pledge?');
    expect(answer).toMatchObject({ answered: false, reason: "The story doesn't mention Indonesia." });
  });

  it('joins the words of an unquoted question', async () => {
    const run = await runCli(['ask', 'Who', 'is', 'the', 'Foreign', 'Office', 'spokesperson?', '--json', '--corpus', CORPUS_DIR]);
    expect((JSON.parse(run.stdout) as Answer).question).toBe('Who is the Foreign Office spokesperson?');
  });

  it('prints a text answer with quotes and a ¶ citation without --json', async () => {
    const run = await runCli(['ask', 'When did the Security Council approve the resolution?', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('November 17');
    expect(run.stdout).toContain(`— ¶10 · ${STORY_ID}\n      ${file.front.title} · ${file.front.source}`);
  });

  it('answers one JSON line per stdin line, in order, in batch mode', async () => {
    const questions = ['How many troops has Pakistan sent to UN missions?', 'What did Indonesia pledge?', 'Who is the Foreign Office spokesperson?'];
    const run = await runCli(['ask', '--json', '--corpus', CORPUS_DIR], { stdin: `${questions.join('\n')}\n` });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => expectContractAnswer(JSON.parse(line), questions[i]!));
    expect(lines.map((l) => (JSON.parse(l) as Answer).answered)).toEqual([true, false, true]);
  });

  it('reads CRLF batch input and a last line without a newline', async () => {
    const run = await runCli(['ask', '--json', '--corpus', CORPUS_DIR], { stdin: 'What is the ISF?\r\nWhy is Pakistan cautious?' });
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Answer).question)).toEqual(['What is the ISF?', 'Why is Pakistan cautious?']);
  });

  it('answers a blank line of batch input with a refusal, keeping the order', async () => {
    const run = await runCli(['ask', '--json', '--corpus', CORPUS_DIR], { stdin: 'What is the ISF?\n\nWhy is Pakistan cautious?\n' });
    const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer);
    expect(answers.map((a) => a.answered)).toEqual([true, false, true]);
  });

  it('streams batch mode: each answer line is written before the next question is read', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const lines = readLines(stdout);
    const done = main(['ask', '--json', '--corpus', CORPUS_DIR], { stdin, stdout, stderr: new PassThrough(), env: {} });
    const questions = ['How many troops has Pakistan sent to UN missions?', 'What did Indonesia pledge?', 'Who is the Foreign Office spokesperson?'];
    for (const question of questions) {
      stdin.write(`${question}\n`);
      const next = await lines.next();
      expectContractAnswer(JSON.parse(next.value as string), question);
    }
    stdin.end();
    expect(await done).toBe(EXIT_CODES.answered);
  });

  it('prints nothing for empty batch input', async () => {
    const run = await runCli(['ask', '--json', '--corpus', CORPUS_DIR], { stdin: '' });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('does not read a terminal as batch input: an empty question is refused', async () => {
    const run = await runCli(['ask', '--json', '--corpus', CORPUS_DIR], { isTTY: true });
    expect(run.code).toBe(EXIT_CODES.refused);
    expect(JSON.parse(run.stdout)).toMatchObject({ answered: false, question: '' });
  });
});

describe('isf status, search and sources', () => {
  it('prints the status brief as JSON', async () => {
    const run = await runCli(['status', '--json', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(0);
    const brief = JSON.parse(run.stdout) as StatusBrief;
    expect(brief.doc).toBe(STORY_ID);
    expect(brief.lines.length).toBeGreaterThanOrEqual(3);
    expect(brief.lines.length).toBeLessThanOrEqual(6);
    for (const line of brief.lines) expectCitedFromStory(line, file);
  });

  it('prints search results as JSON', async () => {
    const run = await runCli(['search', 'Security Council', '--json', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(0);
    const answer: unknown = JSON.parse(run.stdout);
    expectContractAnswer(answer, 'Security Council');
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it('prints the sources as JSON', async () => {
    const run = await runCli(['sources', '--json', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { doc: STORY_ID, title: file.front.title, source: file.front.source, published: file.front.published, paragraphs: 20 },
    ]);
  });

  it('prints the status as text with ¶ citations', async () => {
    const run = await runCli(['status', '--corpus', CORPUS_DIR]);
    expect(run.stdout).toContain('Where the story stands');
    expect(run.stdout).toMatch(/— ¶\d+ · isf-pakistan-troops/);
  });
});

describe('isf --corpus and CORPUS_DIR', () => {
  it('switches to the corpus given with --corpus', async () => {
    const dir = await harbourCorpus();
    const sources = await runCli(['sources', '--json', '--corpus', dir]);
    expect((JSON.parse(sources.stdout) as SourceSummary[]).map((s) => s.doc)).toEqual(['harbour']);
    const ask = await runCli(['ask', 'When did the harbour reopen?', '--json', '--corpus', dir]);
    const answer = JSON.parse(ask.stdout) as Answer;
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]).toMatchObject({ doc: 'harbour', paragraph: 1, title: 'Harbour reopens', source: 'Portvale Gazette' });
    expect(answer.passages[0]!.quote).toContain('Monday');
  });

  it('accepts --corpus=DIR', async () => {
    const dir = await harbourCorpus();
    const run = await runCli(['sources', '--json', `--corpus=${dir}`]);
    expect((JSON.parse(run.stdout) as SourceSummary[])[0]!.doc).toBe('harbour');
  });

  it('reads the corpus folder from CORPUS_DIR', async () => {
    const dir = await harbourCorpus();
    const run = await runCli(['sources', '--json'], { env: { CORPUS_DIR: dir } });
    expect((JSON.parse(run.stdout) as SourceSummary[])[0]!.doc).toBe('harbour');
  });

  it('lets --corpus win over CORPUS_DIR', async () => {
    const dir = await harbourCorpus();
    const run = await runCli(['sources', '--json', '--corpus', CORPUS_DIR], { env: { CORPUS_DIR: dir } });
    expect((JSON.parse(run.stdout) as SourceSummary[])[0]!.doc).toBe(STORY_ID);
  });
});

describe('isf errors', () => {
  it('exits 1 with a one-line error on stderr when the corpus folder is missing', async () => {
    const dir = await makeTempCorpus({});
    const missing = join(dir, 'missing');
    const run = await runCli(['ask', 'What is the ISF?', '--json', '--corpus', missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(missing);
  });

  it('exits 1 with a one-line error when the corpus folder is empty', async () => {
    const dir = await makeTempCorpus({});
    const run = await runCli(['status', '--corpus', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/empty/);
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    const run = await runCli(['status', '--corpus', CORPUS_DIR], { env: { LOG_LEVEL: 'loud' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LOG_LEVEL');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with the usage on stderr for an unknown command', async () => {
    const run = await runCli(['frobnicate', '--corpus', CORPUS_DIR]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect(run.stderr).toContain(usageText());
  });

  it('exits 2 with a one-line message and the usage for an unknown option anywhere, never reading it as the question', async () => {
    for (const argv of [['--frobnicate'], ['ask', 'x', '--jsn', '--corpus', CORPUS_DIR], ['ask', '--jsn', 'x'], ['sources', '-j']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`isf: unknown option ${argv.find((a) => a.startsWith('-') && a !== '--corpus')}\n${usageText()}`);
    }
  });

  it('exits 2 for --corpus without a folder and for an option the command does not take', async () => {
    const run = await runCli(['ask', 'x', '--corpus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--corpus needs a value: --corpus DIR');
    const chat = await runCli(['chat', '--json']);
    expect(chat.code).toBe(2);
    expect(chat.stderr.split('\n')[0]).toBe('isf: isf chat does not take --json');
  });

  it('prints the usage, with every subcommand and the exit codes, on stdout and exits 0 for help, --help and no command', async () => {
    for (const argv of [['help'], ['--help'], ['ask', '-h'], []]) {
      const run = await runCli(argv);
      expect(run).toEqual({ code: 0, stdout: usageText(), stderr: '' });
    }
    const usage = usageText();
    for (const name of ['ask', 'status', 'search', 'sources', 'chat', 'start', 'deploy-discord', '--version']) expect(usage).toContain(`isf ${name}`);
    for (const code of Object.values(EXIT_CODES)) expect(usage).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
  });

  it('prints the package version for --version', async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('isf chat', () => {
  it('answers lines of stdin until it ends', async () => {
    const run = await runCli(['chat', '--corpus', CORPUS_DIR], { stdin: '/isf sources\nWho is the Foreign Office spokesperson?\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('One story in the corpus');
    expect(run.stdout).toContain('Tahir Hussain Andrabi');
  });

  it('holds the session as one conversation: "and China?" follows the last question, "more" continues the last answer', async () => {
    const run = await runCli(['chat', '--corpus', CORPUS_DIR], { stdin: 'How did Pakistan vote on the UN resolution?\nand China?\nsearch Pakistan troops\nmore\n' });
    expect(run.code).toBe(0);
    const [, afterFollowUp] = run.stdout.split('_How did China vote on the UN resolution?_');
    expect(afterFollowUp).toMatch(/¶(10|17)\b/);
    expect(run.stdout).toMatch(/Passages? 4(–\d+)? of \d+\./);
  });

  it('ends the session at an "exit" line of piped input, answering nothing after it', async () => {
    const run = await runCli(['chat', '--corpus', CORPUS_DIR], { stdin: 'Who is the Foreign Office spokesperson?\nexit\n/isf sources\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tahir Hussain Andrabi');
    expect(run.stdout).not.toContain('One story in the corpus');
  });
});

describe('the isf command as a process', () => {
  it('prints only JSON on stdout for ask --json: no banner, no logs', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'bin/isf.js'), 'ask', 'When did the Security Council approve the resolution?', '--json'],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH, LOG_LEVEL: 'debug' }, timeout: 20_000 },
    );
    const answer = JSON.parse(stdout) as Answer;
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('November 17');
  });
});

describe('skipped corpus files', () => {
  const files = { 'good.md': story({ title: 'Harbour' }, ['The harbour reopened on Monday.']), 'broken.md': '---\ntitle: "x\n---\nBody.\n', 'notes.pdf': 'pdf' };
  const line = 'Skipped 2 files: broken.md (front matter line 2 has an unclosed " quote); notes.pdf (not a .md or .txt story).';

  it('isf sources lists them after the stories, as a line to read; --json keeps the list of documents', async () => {
    const dir = await makeTempCorpus(files);
    const run = await runCli(['sources', '--corpus', dir]);
    expect(run.code).toBe(EXIT_CODES.answered);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(line);
    const json = await runCli(['sources', '--json', '--corpus', dir]);
    expect((JSON.parse(json.stdout) as SourceSummary[]).map((s) => s.doc)).toEqual(['good']);
  });

  it('the console banner names them, and no log line repeats them on stderr', async () => {
    const dir = await makeTempCorpus(files);
    const run = await runCli(['chat', '--corpus', dir], { stdin: 'exit\n' });
    expect(run.code).toBe(EXIT_CODES.answered);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['isf-bot console: 1 story, 1 paragraph.', line]);
    expect(run.stderr).not.toContain('broken.md');
  });
});
