// `npm run bench`: the bot, MiniSearch (default options) and a BM25 baseline, measured side by side in one run on the
// own question set, the near-miss sets about the shipped story and about an invented takeover story (its own corpus),
// and (when ../shared/bench has them) XQuAD, the XQuAD off-corpus protocol and the SQuAD 2.0 article. Prints a summary table and one table per dataset; writes
// bench/results/latest.json (git-ignored: the run never rewrites a tracked file).
// `npm run bench -- --datasets near-miss,squad2` runs only some datasets (ids: own, near-miss, takeover, xquad, xquad-half, squad2).
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadNearMissSet, loadTakeoverNearMissSet } from './datasets/nearMissSet.ts';
import { loadOwnSet } from './datasets/ownSet.ts';
import { SQUAD2_FILE, XQUAD_FILE } from './datasets/publicFiles.ts';
import { loadSquad2Article } from './datasets/squad2Article.ts';
import type { BenchQuestion, Dataset, QuestionKind } from './datasets/types.ts';
import { loadXquad } from './datasets/xquad.ts';
import { loadXquadOffCorpus } from './datasets/xquadOffCorpus.ts';
import { checkVerbatim, listMisses, scoreAnswers, type KindRefusals, type Misses, type Quality, type ScoredAnswer, type VerbatimCheck } from './evaluate.ts';
import { hitAtK, median, percentile } from './metrics.ts';
import { REPO_ROOT } from './paths.ts';
import { checkSeed } from './seedCheck.ts';
import { describeOutput, timeNodeProcess } from './spawnTiming.ts';
import { loadSystem, SYSTEM_IDS, SYSTEM_NAMES } from './systems/index.ts';
import type { BenchSystem, SystemId, SystemIndex } from './systems/types.ts';
import { renderTable } from './table.ts';

/** Index builds per cell (the median is reported): enough to drop a cold first build. */
const BUILD_RUNS = 3;
/** Fresh processes per cell for the start-up figure (the median is reported). */
const STARTUP_RUNS = 3;
/** Longest a batch process may take before it counts as failed (the whole bench should stay under ~3 minutes). */
const BATCH_TIMEOUT_MS = 170_000;

/** Every figure of one system on one dataset; null where it could not be measured (see `errors`). */
interface CellResult {
  dataset: string;
  system: string;
  quality: Quality | null;
  verbatim: VerbatimCheck | null;
  /** Ids of the questions missed in the in-process run (JSON only). */
  misses: Misses | null;
  buildMs: number | null;
  buildRunsMs: number[];
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  startupMs: number | null;
  startupRunsMs: number[];
  batchMsPerQuestion: number | null;
  batchHit1: number | null;
  batchAnswered: number | null;
  inProcessAnswered: number | null;
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

// `isf` runs the bundle in dist/: rebuild it from the current sources (dist/ is git-ignored), so the batch and
// start-up figures are those of the engine measured in process, not of an older build.
const buildNote = ((): string | null => {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (error) {
    return `building dist/ failed (the CLI may run an older build): ${message(error)}`;
  }
})();

/** Dataset ids in table order, with their loaders (null: the public file is not there). */
const DATASET_LOADERS: Record<string, () => Promise<Dataset | null>> = {
  own: loadOwnSet,
  'near-miss': loadNearMissSet,
  takeover: loadTakeoverNearMissSet,
  xquad: () => loadXquad(),
  'xquad-half': () => loadXquadOffCorpus(),
  squad2: () => loadSquad2Article(),
};
const MISSING_FILE: Record<string, string> = { xquad: XQUAD_FILE, 'xquad-half': XQUAD_FILE, squad2: SQUAD2_FILE };

const { values: options } = parseArgs({ options: { datasets: { type: 'string' } } });
const chosen = options.datasets?.split(',').map((d) => d.trim()) ?? Object.keys(DATASET_LOADERS);
const unknown = chosen.filter((d) => !(d in DATASET_LOADERS));
if (unknown.length > 0 || chosen.length === 0) {
  console.error(`bench: unknown dataset ${unknown.join(', ')}; choose from ${Object.keys(DATASET_LOADERS).join(', ')}`);
  process.exit(2);
}
const datasets: Dataset[] = [];
const notes: string[] = buildNote ? [buildNote] : [];
for (const id of Object.keys(DATASET_LOADERS).filter((d) => chosen.includes(d))) {
  const dataset = await DATASET_LOADERS[id]!();
  if (dataset) datasets.push(dataset);
  else notes.push(`${id} skipped: ${MISSING_FILE[id]} is not there.`);
}

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
    verbatim: null,
    misses: null,
    buildMs: null,
    buildRunsMs: [],
    latencyP50Ms: null,
    latencyP99Ms: null,
    startupMs: null,
    startupRunsMs: [],
    batchMsPerQuestion: null,
    batchHit1: null,
    batchAnswered: null,
    inProcessAnswered: null,
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
    cell.verbatim = checkVerbatim(dataset.corpus, answers);
    cell.misses = listMisses(dataset.questions, answers);
    cell.inProcessAnswered = answers.filter((a) => a.answered).length;
  } catch (error) {
    cell.errors.push(`in-process run failed: ${message(error)}`);
  }
  // Fresh processes: start-up to first answer (median of 3), one batch over all questions, memory of the index.
  const first = dataset.questions.find((q) => q.answerable) ?? dataset.questions[0]!;
  if (dataset.measure === 'full') await measureStartup(cell, id, dataset, first.question);
  try {
    const input = dataset.questions.map((q) => q.question).join('\n') + '\n';
    const timing = await timeNodeProcess(askArgs(id, dataset.corpusDir), input, REPO_ROOT, BATCH_TIMEOUT_MS);
    if (timing.lines.length !== dataset.questions.length) {
      throw new Error(`printed ${timing.lines.length} lines for ${dataset.questions.length} questions: ${describeOutput(timing)}`);
    }
    cell.batchMsPerQuestion = timing.totalMs / dataset.questions.length;
    const batch = timing.lines.map((line) => JSON.parse(line) as ScoredAnswer);
    cell.batchHit1 = batchHit1(dataset.questions, batch);
    cell.batchAnswered = batch.filter((a) => a.answered).length;
  } catch (error) {
    cell.errors.push(`batch: ${message(error)}`);
  }
  if (dataset.measure === 'full') await measureMemory(cell, id, dataset);
  return cell;
}

/** Start-up to the first answer JSON in a fresh process, median of STARTUP_RUNS. */
async function measureStartup(cell: CellResult, id: SystemId, dataset: Dataset, question: string): Promise<void> {
  try {
    for (let run = 0; run < STARTUP_RUNS; run++) {
      const timing = await timeNodeProcess(askArgs(id, dataset.corpusDir, question), '', REPO_ROOT);
      if (timing.firstJsonMs === null || !isAnswer(timing.firstJson)) {
        throw new Error(`no answer JSON on stdout: ${describeOutput(timing)}`);
      }
      cell.startupRunsMs.push(timing.firstJsonMs);
    }
    cell.startupMs = median(cell.startupRunsMs);
  } catch (error) {
    cell.errors.push(`start-up: ${message(error)}`);
  }
}

/** Heap and RSS growth of building the index, in a fresh `node --expose-gc` process. */
async function measureMemory(cell: CellResult, id: SystemId, dataset: Dataset): Promise<void> {
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
function batchHit1(questions: readonly BenchQuestion[], batch: readonly ScoredAnswer[]): number {
  const answerable = questions.map((q, i) => [q, batch[i]!] as const).filter(([q]) => q.answerable);
  const hits = answerable.map(([q, a]) => (a.answered ? hitAtK(a.passages, q.expected, 1) : 0));
  return hits.reduce((s, h) => s + h, 0) / Math.max(1, hits.length);
}

// ---- output -------------------------------------------------------------------------------------------------

const pct = (v: number | null | undefined): string => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const ms = (v: number | null): string => (v === null ? 'n/a' : v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const mb = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));
const share = (part: number, total: number): string => (total === 0 ? 'n/a' : `${part}/${total} ${pct(part / total)}`);
const sumKinds = (quality: Quality, kinds: readonly QuestionKind[]): KindRefusals =>
  kinds.reduce((s, k) => ({ refused: s.refused + (quality.byKind[k]?.refused ?? 0), total: s.total + (quality.byKind[k]?.total ?? 0) }), {
    refused: 0,
    total: 0,
  });
const refusedOf = (kinds: readonly QuestionKind[]) => (quality: Quality): string => {
  const k = sumKinds(quality, kinds);
  return share(k.refused, k.total);
};

/** One row: a label, then one cell per result of `cells`. */
type Row = (label: string, f: (r: CellResult) => string) => string[];
const rowOf = (cells: readonly CellResult[]): Row => (label, f) => [label, ...cells.map(f)];
const q = (f: (quality: Quality) => string) => (r: CellResult): string => (r.quality ? f(r.quality) : 'n/a');
const cellsOf = (datasetId: string): CellResult[] => results.filter((r) => r.dataset === datasetId);
const present = (datasetId: string): boolean => cellsOf(datasetId).length > 0;

// Summary: the figures issue 8 judges, one row each, one column per system.
const systemNames = SYSTEM_IDS.map((id) => SYSTEM_NAMES[id]);
const summaryRows: string[][] = [];
const summary = (datasetId: string, label: string, f: (r: CellResult) => string): void => {
  if (!present(datasetId)) return;
  summaryRows.push([`${datasetId}: ${label}`, ...systemNames.map((name) => f(cellsOf(datasetId).find((r) => r.system === name)!))]);
};
summary('near-miss', 'near-misses refused', q(refusedOf(['near-miss'])));
summary('near-miss', 'small talk + off-topic refused', q(refusedOf(['small-talk', 'off-topic'])));
summary('near-miss', 'answerable: top passage right (hit@1)', q((x) => pct(x.hit1)));
summary('near-miss', 'answerable refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('takeover', 'near-misses refused', q(refusedOf(['near-miss'])));
summary('takeover', 'small talk + off-topic refused', q(refusedOf(['small-talk', 'off-topic'])));
summary('takeover', 'answerable: top passage right (hit@1)', q((x) => pct(x.hit1)));
summary('takeover', 'answerable refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('own', 'hit@1', q((x) => pct(x.hit1)));
summary('own', 'top quote holds answer', q((x) => pct(x.quoteHolds)));
summary('own', 'not-mentioned refused', q(refusedOf(['not-mentioned'])));
summary('own', 'off-topic refused', q(refusedOf(['off-topic'])));
summary('own', 'answerable refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('xquad', 'hit@1 (refusals are misses)', q((x) => pct(x.hit1)));
summary('xquad', 'answerable refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('xquad', 'batch ms/question, start-up included', (r) => ms(r.batchMsPerQuestion));
summary('xquad-half', 'off-corpus refused', q(refusedOf(['off-corpus'])));
summary('xquad-half', 'in-corpus refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('xquad-half', 'in-corpus hit@1', q((x) => pct(x.hit1)));
summary('squad2', 'unanswerable refused', q(refusedOf(['unanswerable'])));
summary('squad2', 'answerable refused', q((x) => share(x.falseRefusals, x.answerable)));
summary('squad2', 'answerable hit@1', q((x) => pct(x.hit1)));
const allVerbatim = systemNames.map((name) =>
  results.filter((r) => r.system === name && r.verbatim).reduce((s, r) => ({ v: s.v + r.verbatim!.verbatim, t: s.t + r.verbatim!.total }), { v: 0, t: 0 }),
);
summaryRows.push(['all sets: quotes verbatim (exact substring of the cited ¶)', ...allVerbatim.map((x) => share(x.v, x.t))]);

/** Detail rows of one dataset: quality, the refusals of each kind it holds, then the speed and memory it measured. */
function detailRows(dataset: Dataset): string[][] {
  const cells = cellsOf(dataset.id);
  const row = rowOf(cells);
  const kinds = [...new Set(dataset.questions.map((x) => x.kind))].filter((k) => k !== 'answerable');
  const rows = [
    row('questions (answerable + not)', q((x) => `${x.answerable} + ${x.unanswerable}`)),
    row('paragraph hit@1', q((x) => pct(x.hit1))),
    row('paragraph hit@3', q((x) => pct(x.hit3))),
    row('MRR@10', q((x) => x.mrr.toFixed(3))),
    row('hit@1, ranking only (refusals ignored)', q((x) => pct(x.rankingOnly.hit1))),
    row('top quote holds answer', q((x) => pct(x.quoteHolds))),
    ...(kinds.length > 1 ? [row('refusals on all unanswerable', q((x) => share(x.refusedUnanswerable, x.unanswerable)))] : []),
    ...kinds.map((kind) => row(`refused: ${kind}`, q(refusedOf([kind])))),
    row('false refusals (answerable)', q((x) => share(x.falseRefusals, x.answerable))),
    row('quotes verbatim', (r) => (r.verbatim ? share(r.verbatim.verbatim, r.verbatim.total) : 'n/a')),
    row('index build ms (median of 3)', (r) => ms(r.buildMs)),
    row('latency p50 ms (in-process)', (r) => ms(r.latencyP50Ms)),
    row('latency p99 ms (in-process)', (r) => ms(r.latencyP99Ms)),
    row('batch ms/question (end-to-end)', (r) => ms(r.batchMsPerQuestion)),
  ];
  if (dataset.measure === 'full') {
    rows.push(
      row('start-up to first answer ms', (r) => ms(r.startupMs)),
      row('heap Δ after build MB', (r) => mb(r.heapDeltaMB)),
      row('RSS Δ after build MB', (r) => mb(r.rssDeltaMB)),
      row('process RSS after build MB', (r) => mb(r.rssTotalMB)),
    );
  }
  return rows;
}

// The shipped story against the seed article it was made from (a clone without ../shared/seed skips it).
const seed = await checkSeed();
notes.push(seed.note);
if (!seed.ok) process.exitCode = 1;
for (const dataset of datasets) {
  notes.push(`${dataset.id}: ${dataset.description}, ${dataset.questions.length} questions.`);
  for (const warning of dataset.warnings) notes.push(`${dataset.id} data warning: ${warning}`);
}
notes.push(
  'Hits compare the top passage(s) with the gold (doc, ¶) (own and near-miss sets: or one of its alsoParagraphs); a refused answerable question counts as a miss for hit@k, MRR and quote (the "ranking only" row ignores refusals).',
  'Refused = `answered: false` (a refusal may still list related passages). MiniSearch and BM25 refuse only when nothing matches, so their refusal rates are near 0%.',
  'MiniSearch and BM25 quote the whole paragraph (a far easier test than the bot\'s, which quotes the answering sentence or sentences).',
  'Quote holds answer: the top quote contains the gold answer (any XQuAD/SQuAD answer), case-insensitive, curly quotes straightened, whitespace collapsed. Quotes verbatim: every cited passage of every answer or refusal, exact substring of its paragraph, no normalisation.',
  'Latency: every question once, in this process, after the index builds; nearest-rank percentiles.',
  `Start-up (own and xquad only): spawn until stdout holds the first complete answer JSON, median of ${STARTUP_RUNS}: bot = \`node bin/isf.js ask Q --json --corpus DIR\` (dist/ rebuilt from the sources at the start of the run); baselines = \`node bin/run-ts.js bench/probe.ts ask SYSTEM DIR Q\` (same tsx start, corpus load, index build).`,
  'Batch: one process over all questions on stdin (bot: `isf ask --json --corpus DIR`), total wall time / questions, start-up included.',
  'Memory (own and xquad only): a fresh `node --expose-gc` process loads the corpus, then heapUsed/RSS before vs after building the index (gc twice each side); RSS moves in pages and is noise below ~1 MB. Process RSS = that process\'s whole RSS after the build (tsx, modules and their data, corpus, index).',
);
for (const r of results) {
  for (const error of r.errors) notes.push(`${r.dataset} · ${r.system}: ${error}`);
  if (r.quality && r.batchHit1 !== null && Math.abs(r.batchHit1 - r.quality.hit1) > 1e-9) {
    notes.push(`${r.dataset} · ${r.system}: the batch process's hit@1 (${pct(r.batchHit1)}) differs from the in-process run (${pct(r.quality.hit1)}).`);
  }
  if (r.batchAnswered !== null && r.inProcessAnswered !== null && r.batchAnswered !== r.inProcessAnswered) {
    notes.push(`${r.dataset} · ${r.system}: the batch process answered ${r.batchAnswered} questions, the in-process run ${r.inProcessAnswered}.`);
  }
  if (r.verbatim && r.verbatim.failures.length > 0) notes.push(`${r.dataset} · ${r.system}: quotes not verbatim, e.g. ${r.verbatim.failures.join('; ')}`);
}
const machine = `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end`;
notes.push(`Machine: ${machine}; ${load} (timings are noisy when the load exceeds the core count). Whole run: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
const dirty = git(['status', '--porcelain', '--', 'src', 'bin', 'corpus']);
if (dirty) notes.push(`Measured with uncommitted changes in src/, bin/ or corpus/ (${dirty.split('\n').length} files).`);

console.log('### Summary (the figures issue 8 judges)\n');
console.log(renderTable(['figure', ...systemNames], summaryRows));
for (const dataset of datasets) {
  console.log(`\n### ${dataset.id}\n`);
  console.log(renderTable(['metric', ...cellsOf(dataset.id).map((r) => r.system)], detailRows(dataset)));
}
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
  summary: summaryRows,
  results,
  notes,
};
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(json, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
log(`wrote bench/results/latest.json (git-ignored)`);
