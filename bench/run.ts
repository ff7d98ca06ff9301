// `npm run bench`: the bot, MiniSearch (default options) and a BM25 baseline, measured side by side in one run
// on the own question set and on XQuAD (when ../shared/bench has it). Prints one table; writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOwnSet } from './datasets/ownSet.ts';
import type { BenchQuestion, Dataset } from './datasets/types.ts';
import { loadXquad, XQUAD_FILE } from './datasets/xquad.ts';
import { scoreAnswers, type Quality, type ScoredAnswer } from './evaluate.ts';
import { hitAtK, median, percentile } from './metrics.ts';
import { REPO_ROOT } from './paths.ts';
import { describeOutput, timeNodeProcess } from './spawnTiming.ts';
import { loadSystem, SYSTEM_IDS, SYSTEM_NAMES } from './systems/index.ts';
import type { BenchSystem, SystemId, SystemIndex } from './systems/types.ts';
import { renderTable } from './table.ts';

const BUILD_RUNS = 3;
const STARTUP_RUNS = 3;

/** Every figure of one system on one dataset; null where it could not be measured (see `errors`). */
interface CellResult {
  dataset: string;
  system: string;
  quality: Quality | null;
  buildMs: number | null;
  buildRunsMs: number[];
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  startupMs: number | null;
  startupRunsMs: number[];
  batchMsPerQuestion: number | null;
  batchHit1: number | null;
  heapDeltaMB: number | null;
  rssDeltaMB: number | null;
  rssTotalMB: number | null;
  errors: string[];
}

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const log = (message: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 240);

// Systems: the bot is loaded lazily; a failure only empties its column, and the error is printed in the notes.
const systems = new Map<SystemId, BenchSystem | Error>();
for (const id of SYSTEM_IDS) {
  try {
    systems.set(id, await loadSystem(id));
  } catch (error) {
    systems.set(id, error instanceof Error ? error : new Error(String(error)));
  }
}

const datasets: Dataset[] = [await loadOwnSet()];
const notes: string[] = [];
const xquad = await loadXquad();
if (xquad) datasets.push(xquad);
else notes.push(`XQuAD skipped: ${XQUAD_FILE} is not there.`);

const results: CellResult[] = [];
try {
  for (const dataset of datasets) {
    for (const id of SYSTEM_IDS) {
      log(`${dataset.id} · ${SYSTEM_NAMES[id]}`);
      results.push(await measure(dataset, id, systems.get(id)!));
    }
  }
} finally {
  for (const dataset of datasets) await dataset.dispose();
}

async function measure(dataset: Dataset, id: SystemId, system: BenchSystem | Error): Promise<CellResult> {
  const cell: CellResult = {
    dataset: dataset.id,
    system: SYSTEM_NAMES[id],
    quality: null,
    buildMs: null,
    buildRunsMs: [],
    latencyP50Ms: null,
    latencyP99Ms: null,
    startupMs: null,
    startupRunsMs: [],
    batchMsPerQuestion: null,
    batchHit1: null,
    heapDeltaMB: null,
    rssDeltaMB: null,
    rssTotalMB: null,
    errors: [],
  };
  if (system instanceof Error) {
    cell.errors.push(`cannot load: ${message(system)}`);
    return cell;
  }
  // In-process: index build (median of 3), then every question once, each timed.
  try {
    let index: SystemIndex | undefined;
    for (let run = 0; run < BUILD_RUNS; run++) {
      const t0 = performance.now();
      index = system.build(dataset.corpus);
      cell.buildRunsMs.push(performance.now() - t0);
    }
    cell.buildMs = median(cell.buildRunsMs);
    const latencies: number[] = [];
    const answers: ScoredAnswer[] = dataset.questions.map((q) => {
      const t0 = performance.now();
      const answer = index!.ask(q.question);
      latencies.push(performance.now() - t0);
      return answer;
    });
    cell.latencyP50Ms = percentile(latencies, 50);
    cell.latencyP99Ms = percentile(latencies, 99);
    cell.quality = scoreAnswers(dataset.questions, answers);
  } catch (error) {
    cell.errors.push(`in-process run failed: ${message(error)}`);
  }
  // Fresh processes: start-up to first answer (median of 3), one batch over all questions, memory of the index.
  const first = dataset.questions.find((q) => q.answerable) ?? dataset.questions[0]!;
  try {
    for (let run = 0; run < STARTUP_RUNS; run++) {
      const timing = await timeNodeProcess(askArgs(id, dataset.corpusDir, first.question), '', REPO_ROOT);
      if (timing.firstJsonMs === null || !isAnswer(timing.firstJson)) {
        throw new Error(`no answer JSON on stdout: ${describeOutput(timing)}`);
      }
      cell.startupRunsMs.push(timing.firstJsonMs);
    }
    cell.startupMs = median(cell.startupRunsMs);
  } catch (error) {
    cell.errors.push(`start-up: ${message(error)}`);
  }
  try {
    const input = dataset.questions.map((q) => q.question).join('\n') + '\n';
    const timing = await timeNodeProcess(askArgs(id, dataset.corpusDir), input, REPO_ROOT, 170_000);
    if (timing.lines.length !== dataset.questions.length) {
      throw new Error(`printed ${timing.lines.length} lines for ${dataset.questions.length} questions: ${describeOutput(timing)}`);
    }
    cell.batchMsPerQuestion = timing.totalMs / dataset.questions.length;
    cell.batchHit1 = batchHit1(dataset.questions, timing.lines);
  } catch (error) {
    cell.errors.push(`batch: ${message(error)}`);
  }
  try {
    const args = ['--expose-gc', 'bin/run-ts.js', 'bench/probe.ts', 'memory', id, dataset.corpusDir];
    const timing = await timeNodeProcess(args, '', REPO_ROOT);
    const parsed = JSON.parse(timing.lines.at(-1) ?? 'null') as { heapUsed: number; rss: number; rssTotal: number; gcExposed: boolean } | null;
    if (!parsed) throw new Error(`no memory JSON: ${describeOutput(timing)}`);
    if (!parsed.gcExposed) cell.errors.push('memory measured without gc');
    cell.heapDeltaMB = parsed.heapUsed / 2 ** 20;
    cell.rssDeltaMB = parsed.rss / 2 ** 20;
    cell.rssTotalMB = parsed.rssTotal / 2 ** 20;
  } catch (error) {
    cell.errors.push(`memory: ${message(error)}`);
  }
  return cell;
}

/** Command line answering one question (or stdin lines): the real CLI for the bot, bench/probe.ts for the baselines. */
function askArgs(id: SystemId, corpusDir: string, question?: string): string[] {
  const q = question === undefined ? [] : [question];
  if (id === 'isf-bot') return ['bin/isf.js', 'ask', ...q, '--json', '--corpus', corpusDir];
  return ['bin/run-ts.js', 'bench/probe.ts', 'ask', id, corpusDir, ...q];
}

function isAnswer(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { answered?: unknown; passages?: unknown };
  return typeof answer.answered === 'boolean' && Array.isArray(answer.passages);
}

/** hit@1 (answered only) of the batch process's output, to check it agrees with the in-process run. */
function batchHit1(questions: readonly BenchQuestion[], lines: readonly string[]): number {
  const answerable = questions.map((q, i) => [q, lines[i]!] as const).filter(([q]) => q.answerable);
  const hits = answerable.map(([q, line]) => {
    const a = JSON.parse(line) as ScoredAnswer;
    return a.answered ? hitAtK(a.passages, q.expected, 1) : 0;
  });
  return hits.reduce((s, h) => s + h, 0) / Math.max(1, hits.length);
}

// ---- output -------------------------------------------------------------------------------------------------

const pct = (v: number | null | undefined): string => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const ms = (v: number | null): string => (v === null ? 'n/a' : v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const mb = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));

const header = ['metric', ...results.map((r) => `${r.dataset} · ${r.system}`)];
const row = (label: string, f: (r: CellResult) => string): string[] => [label, ...results.map(f)];
const q = (f: (quality: Quality) => string) => (r: CellResult): string => (r.quality ? f(r.quality) : 'n/a');
const rows = [
  row('questions (answerable + not)', q((x) => `${x.answerable} + ${x.unanswerable}`)),
  row('paragraph hit@1', q((x) => pct(x.hit1))),
  row('paragraph hit@3', q((x) => pct(x.hit3))),
  row('MRR@10', q((x) => x.mrr.toFixed(3))),
  row('hit@1, ranking only (refusals ignored)', q((x) => pct(x.rankingOnly.hit1))),
  row('top quote holds answer', q((x) => pct(x.quoteHolds))),
  row('refusals on unanswerable', q((x) => (x.unanswerable === 0 ? 'n/a' : `${x.refusedUnanswerable}/${x.unanswerable} ${pct(x.refusalRate)}`))),
  row('false refusals (answerable)', q((x) => `${x.falseRefusals}/${x.answerable}`)),
  row('index build ms (median of 3)', (r) => ms(r.buildMs)),
  row('latency p50 ms (in-process)', (r) => ms(r.latencyP50Ms)),
  row('latency p99 ms (in-process)', (r) => ms(r.latencyP99Ms)),
  row('start-up to first answer ms', (r) => ms(r.startupMs)),
  row('batch ms/question (end-to-end)', (r) => ms(r.batchMsPerQuestion)),
  row('heap Δ after build MB', (r) => mb(r.heapDeltaMB)),
  row('RSS Δ after build MB', (r) => mb(r.rssDeltaMB)),
  row('process RSS after build MB', (r) => mb(r.rssTotalMB)),
];

for (const dataset of datasets) {
  notes.push(`${dataset.id}: ${dataset.description}, ${dataset.questions.length} questions.`);
  for (const warning of dataset.warnings) notes.push(`${dataset.id} data warning: ${warning}`);
}
notes.push(
  'Hits compare the top passage(s) with the gold (doc, ¶) (own set: or one of its alsoParagraphs); a refused answerable question counts as a miss for hit@k, MRR and quote (the "ranking only" row ignores refusals).',
  'MiniSearch and BM25 quote the whole paragraph (a far easier test than the bot\'s, which quotes the answering sentence or sentences); they refuse only when nothing matches.',
  'Quote holds answer: the top quote contains the gold answer (any XQuAD answer), case-insensitive, curly quotes straightened, whitespace collapsed.',
  'Latency: every question once, in this process, after the index builds; nearest-rank percentiles.',
  `Start-up: spawn until stdout holds the first complete answer JSON, median of ${STARTUP_RUNS}: bot = \`node bin/isf.js ask Q --json --corpus DIR\`; baselines = \`node bin/run-ts.js bench/probe.ts ask SYSTEM DIR Q\` (same tsx start, corpus load, index build).`,
  'Batch: one process over all questions on stdin (bot: `isf ask --json --corpus DIR`), total wall time / questions, start-up included.',
  'Memory: a fresh `node --expose-gc` process loads the corpus, then heapUsed/RSS before vs after building the index (gc twice each side); RSS moves in pages and is noise below ~1 MB. Process RSS = that process\'s whole RSS after the build (tsx, modules and their data, corpus, index).',
);
for (const r of results) {
  for (const error of r.errors) notes.push(`${r.dataset} · ${r.system}: ${error}`);
  if (r.quality && r.batchHit1 !== null && Math.abs(r.batchHit1 - r.quality.hit1) > 1e-9) {
    notes.push(`${r.dataset} · ${r.system}: the batch process's hit@1 (${pct(r.batchHit1)}) differs from the in-process run (${pct(r.quality.hit1)}).`);
  }
}
const machine = `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end`;
notes.push(`Machine: ${machine}; ${load} (timings are noisy when the load exceeds the core count). Whole run: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
const dirty = git(['status', '--porcelain', '--', 'src', 'bin', 'corpus']);
if (dirty) notes.push(`Measured with uncommitted changes in src/, bin/ or corpus/ (${dirty.split('\n').length} files).`);

console.log(renderTable(header, rows));
console.log('');
for (const note of notes) console.log(`- ${note}`);

/** Output of a git command in the repo, trimmed; null when git fails. */
function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
const commit = git(['rev-parse', '--short', 'HEAD']);
const resultsDir = join(REPO_ROOT, 'bench/results');
await mkdir(resultsDir, { recursive: true });
const json = {
  generatedAt: new Date().toISOString(),
  commit,
  uncommittedChanges: dirty ? dirty.split('\n') : [],
  machine,
  load,
  datasets: datasets.map((d) => ({ id: d.id, description: d.description, questions: d.questions.length, warnings: d.warnings })),
  results,
  notes,
};
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(json, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
log(`wrote bench/results/latest.json`);
