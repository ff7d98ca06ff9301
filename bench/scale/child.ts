// One measured process of bench:scale: builds (or loads) one system's index over a corpus folder, answers
// the questions, and prints one JSON line of figures. Run by bench/scale.ts, one fresh process per
// measurement, so start-up and peak RSS are real: `node bin/run-ts.js bench/scale/child.ts SPEC_JSON`.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { articleOf, type ScaleQuestion } from './scaleCorpus.ts';
import { plainMiniSearch } from './plainMiniSearch.ts';

/** What the parent asks a child to measure. */
export interface ChildSpec {
  system: 'isf-bot' | 'minisearch';
  corpusDir: string;
  dataDir: string;
  questionsFile: string;
}

/** What a child measured. */
export interface ChildResult {
  /** Milliseconds from process start until the index answered its first question. */
  readyMs: number;
  /** Per-question answer times, milliseconds. */
  p50Ms: number;
  p99Ms: number;
  /** Share of questions whose top passage is the gold paragraph (of any copy of the article). */
  hitAt1: number;
  questions: number;
  /** Peak resident set size of the process, MB. */
  peakRssMb: number;
  /** Heap in use at the end, MB. */
  heapMb: number;
  /** Whether the index came from its persisted form. */
  loaded: boolean;
}

interface Answerer {
  ask(question: string): { doc: string; paragraph: number } | undefined;
  loaded: boolean;
}

async function openSystem(spec: ChildSpec): Promise<Answerer> {
  if (spec.system === 'minisearch') return plainMiniSearch(spec.corpusDir, spec.dataDir);
  const { loadEngine } = await import('../../src/app/loadEngine.ts');
  const { createLogger } = await import('../../src/logger.ts');
  const logger = createLogger('silent');
  const engine = await loadEngine(spec.corpusDir, logger, { dataDir: spec.dataDir });
  return {
    loaded: engine.fromPersisted === true,
    ask(question) {
      const top = engine.ask(question).passages[0];
      return top && { doc: top.doc, paragraph: top.paragraph };
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as ChildSpec;
const questions = JSON.parse(await readFile(spec.questionsFile, 'utf8')) as ScaleQuestion[];
const system = await openSystem(spec);
const times: number[] = [];
let hits = 0;
let readyMs = 0;
questions.forEach((q, i) => {
  const started = performance.now();
  const top = system.ask(q.question);
  const ended = performance.now();
  if (i === 0) readyMs = ended;
  times.push(ended - started);
  if (top && articleOf(top.doc) === q.article && top.paragraph === q.paragraph) hits += 1;
});
times.sort((a, b) => a - b);
const result: ChildResult = {
  readyMs: Math.round(readyMs),
  p50Ms: Number(percentile(times, 50).toFixed(2)),
  p99Ms: Number(percentile(times, 99).toFixed(2)),
  hitAt1: questions.length === 0 ? 0 : hits / questions.length,
  questions: questions.length,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  loaded: system.loaded,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
