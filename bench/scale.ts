// npm run bench:scale [-- --sizes 1600,20000,100000] [--questions 300] [--timeout-min 15]
// Builds corpora of about 1,600, 20,000 and 100,000 paragraphs from the public articles in ../shared/bench
// (copied under different titles into a temp folder) and measures, each in fresh processes, isf-bot beside
// plain MiniSearch + Porter + stop words: build (cold start to first answer), warm start from the persisted
// index, p50/p99 per question, peak RSS and hit@1 on the original questions; then the real `isf ask` CLI:
// first and second start, and the gaps between answer lines in batch mode.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './paths.ts';
import type { ChildResult, ChildSpec } from './scale/child.ts';
import { articleOf, readArticles, sampleQuestions, writeScaleCorpus, type ScaleQuestion } from './scale/scaleCorpus.ts';

const DEFAULT_SIZES = [1600, 20_000, 100_000];
/** Questions asked per measurement: enough for a stable p99 (the 3 slowest of 300), few enough to stay bounded. */
const DEFAULT_QUESTIONS = 300;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const sizes = option('sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
const questionLimit = Number(option('questions') ?? DEFAULT_QUESTIONS);
const timeoutMs = Number(option('timeout-min') ?? 15) * 60_000;

/** How a spawned process ended: its stdout lines with arrival times, stderr, exit code, wall time. */
interface Run {
  lines: { text: string; atMs: number }[];
  stderr: string;
  code: number | null;
  totalMs: number;
}

function spawnNode(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: Run['lines'] = [];
    let partial = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const atMs = performance.now() - started;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop()!;
      for (const text of parts) if (text.trim() !== '') lines.push({ text, atMs });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (partial.trim() !== '') lines.push({ text: partial, atMs: performance.now() - started });
      resolvePromise({ lines, stderr, code, totalMs: performance.now() - started });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

async function measureChild(spec: ChildSpec): Promise<ChildResult | string> {
  const run = await spawnNode(['bin/run-ts.js', 'bench/scale/child.ts', JSON.stringify(spec)], { ...process.env, LOG_LEVEL: 'silent' });
  const last = run.lines.at(-1)?.text;
  if (run.code !== 0 || !last) return `failed (exit ${run.code}): ${run.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`;
  return JSON.parse(last) as ChildResult;
}

/** The real CLI, with a preload that reports the process's peak RSS on stderr at exit. */
async function measureCli(corpusDir: string, dataDir: string, stdin: string, args: string[]) {
  const run = await spawnNode(['--import', './bench/scale/reportPeakRss.mjs', 'bin/isf.js', 'ask', ...args, '--json', '--corpus', corpusDir], { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, stdin);
  const rss = /peak-rss-mb (\d+)/.exec(run.stderr)?.[1];
  const gaps = run.lines.slice(1).map((l, i) => l.atMs - run.lines[i]!.atMs).sort((a, b) => a - b);
  return {
    ok: run.code === 0 && run.lines.length > 0,
    firstLineMs: run.lines[0]?.atMs ?? Number.NaN,
    lines: run.lines,
    gapP50Ms: gaps[Math.floor(gaps.length * 0.5)] ?? 0,
    gapP99Ms: gaps[Math.min(gaps.length - 1, Math.ceil(gaps.length * 0.99) - 1)] ?? 0,
    peakRssMb: rss === undefined ? Number.NaN : Number(rss),
    error: run.code === 0 ? '' : run.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 200),
  };
}

function hitRate(lines: { text: string }[], questions: ScaleQuestion[]): number {
  let hits = 0;
  lines.forEach((line, i) => {
    const q = questions[i];
    try {
      const top = (JSON.parse(line.text) as { passages?: { doc: string; paragraph: number }[] }).passages?.[0];
      if (q && top && articleOf(top.doc) === q.article && top.paragraph === q.paragraph) hits += 1;
    } catch {
      // not an answer line
    }
  });
  return questions.length === 0 ? 0 : hits / questions.length;
}

const fmt = {
  ms: (x: number) => (Number.isNaN(x) ? 'n/a' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`),
  fine: (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`,
  mb: (x: number) => (Number.isNaN(x) ? 'n/a' : `${x} MB`),
  pct: (x: number) => `${(x * 100).toFixed(1)}%`,
  ratio: (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : ''),
};

const base = await mkdtemp(join(tmpdir(), 'isf-bench-scale-'));
const report: Record<string, unknown>[] = [];
try {
  const { articles, questions: allQuestions } = await readArticles();
  const questions = sampleQuestions(allQuestions, questionLimit);
  const questionsFile = join(base, 'questions.json');
  await writeFile(questionsFile, JSON.stringify(questions));
  console.log(`bench:scale: ${articles.length} public articles, ${questions.length} of their ${allQuestions.length} answerable questions, node ${process.version}`);
  for (const size of sizes) {
    const corpus = await writeScaleCorpus(join(base, `corpus-${size}`), size, articles);
    console.log(`\n== ${corpus.paragraphs.toLocaleString('en')} paragraphs (${corpus.documents} documents, ${corpus.copies} copies)`);
    const spec = (system: ChildSpec['system'], data: string): ChildSpec => ({ system, corpusDir: corpus.dir, dataDir: join(base, `${data}-${size}`), questionsFile });
    const msCold = await measureChild(spec('minisearch', 'ms'));
    const msWarm = await measureChild(spec('minisearch', 'ms'));
    const isfCold = await measureChild(spec('isf-bot', 'isf'));
    const isfWarm = await measureChild(spec('isf-bot', 'isf'));
    const cliDir = join(base, `cli-${size}`);
    const cliFirst = await measureCli(corpus.dir, cliDir, '', [questions[0]!.question]);
    const cliBatch = await measureCli(corpus.dir, cliDir, questions.map((q) => q.question).join('\n') + '\n', []);
    const rows: [string, string, string, string][] = [];
    const both = (label: string, pick: (r: ChildResult) => number, show: (x: number) => string, a: ChildResult | string, b: ChildResult | string) => {
      const x = typeof a === 'string' ? Number.NaN : pick(a);
      const y = typeof b === 'string' ? Number.NaN : pick(b);
      rows.push([label, typeof a === 'string' ? a : show(x), typeof b === 'string' ? b : show(y), fmt.ratio(x, y)]);
    };
    both('build: start to first answer', (r) => r.readyMs, fmt.ms, isfCold, msCold);
    both('warm start from the persisted index', (r) => r.readyMs, fmt.ms, isfWarm, msWarm);
    both('p50 per question', (r) => r.p50Ms, fmt.fine, isfWarm, msWarm);
    both('p99 per question', (r) => r.p99Ms, fmt.fine, isfWarm, msWarm);
    both('peak RSS, building', (r) => r.peakRssMb, fmt.mb, isfCold, msCold);
    both('peak RSS, warm start', (r) => r.peakRssMb, fmt.mb, isfWarm, msWarm);
    both('hit@1 on the original questions', (r) => r.hitAt1, fmt.pct, isfWarm, msWarm);
    const msBuild = typeof msCold === 'string' ? Number.NaN : msCold.readyMs;
    const msP99 = typeof msWarm === 'string' ? Number.NaN : msWarm.p99Ms;
    const msRss = typeof msCold === 'string' ? Number.NaN : msCold.peakRssMb;
    rows.push(['isf ask (CLI), first start to answer', cliFirst.ok ? fmt.ms(cliFirst.firstLineMs) : `failed: ${cliFirst.error}`, 'its build', fmt.ratio(cliFirst.firstLineMs, msBuild)]);
    rows.push(['isf ask (CLI), second start to first answer', cliBatch.ok ? fmt.ms(cliBatch.firstLineMs) : `failed: ${cliBatch.error}`, 'CLI first', fmt.ratio(cliBatch.firstLineMs, cliFirst.firstLineMs)]);
    rows.push(['isf ask --json batch, p99 gap between lines', fmt.fine(cliBatch.gapP99Ms), 'its p99', fmt.ratio(cliBatch.gapP99Ms, msP99)]);
    rows.push(['isf ask (CLI), peak RSS first start', fmt.mb(cliFirst.peakRssMb), 'its build', fmt.ratio(cliFirst.peakRssMb, msRss)]);
    rows.push(['isf ask --json batch, hit@1', fmt.pct(hitRate(cliBatch.lines, questions)), '', '']);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['', 'isf-bot', 'MiniSearch+Porter', 'ratio'][c]!.length));
    const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
    console.log(line(['', 'isf-bot', 'MiniSearch+Porter', 'ratio']));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    report.push({ paragraphs: corpus.paragraphs, isfCold, isfWarm, msCold, msWarm, cliFirst: { ...cliFirst, lines: cliFirst.lines.length }, cliBatch: { ...cliBatch, lines: cliBatch.lines.length } });
  }
  await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'bench/results/scale-latest.json'), `${JSON.stringify({ node: process.version, questions: questions.length, sizes: report }, null, 2)}\n`);
} finally {
  await rm(base, { recursive: true, force: true });
}
