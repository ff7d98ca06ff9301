import { cpus, loadavg, totalmem } from 'node:os';
import type { MemorySample } from './botProcess.ts';
import { errorTotal, type RunResult } from './types.ts';

/** A run with the bot's memory after it and the error lines it logged meanwhile. */
export interface MeasuredRun extends RunResult {
  platform: 'slack' | 'discord';
  memoryAfter: MemorySample;
  loggedErrors: number;
  /** CPU time the bot used during the run, ms (undefined without /proc). */
  botCpuMs: number | undefined;
  /** CPU time the load generator itself used (fakes and client), ms. */
  loadCpuMs: number;
}

/** The targets of issue 5: p99 acknowledgement and the memory growth allowed between two identical runs. */
export const TARGETS = {
  p99Ms: 100,
  /** Heap (after a full GC) may differ by this much between run 1 and run 2: noise, not growth. */
  heapGrowthBytes: 1024 * 1024,
} as const;

const MB = 1024 * 1024;

/** The machine and its load right now, in one line. */
export function describeMachine(): string {
  const cpu = cpus();
  const [one, five] = loadavg();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min)`;
}

/** The table of runs, one row each, with the bot's memory after each run. */
export function formatRuns(before: MemorySample, runs: readonly MeasuredRun[]): string {
  const header = ['run', 'requests', 'acked', 'answers', 'errors', 'ack p50', 'ack p99', 'ack max', 'req/s', 'bot CPU/req', 'heap after', 'rss after'];
  const rows: string[][] = [['(before)', '', '', '', '', '', '', '', '', '', mb(before.heapUsed), mb(before.rss)]];
  for (const run of runs) {
    rows.push([
      run.label,
      String(run.requests),
      String(run.acked),
      String(run.replies),
      String(errorTotal(run.errors) + run.loggedErrors),
      ms(run.latency.p50),
      ms(run.latency.p99),
      ms(run.latency.max),
      (run.requests / (run.wallMs / 1000)).toFixed(0),
      run.botCpuMs === undefined ? '–' : ms(run.botCpuMs / run.requests, 2),
      mb(run.memoryAfter.heapUsed),
      mb(run.memoryAfter.rss),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The breakdown of a run's errors, or "none". */
export function formatErrors(run: MeasuredRun): string {
  const e = run.errors;
  const parts = [
    e.badStatus && `${e.badStatus} bad status`,
    e.timeouts && `${e.timeouts} not acknowledged within 3 s`,
    e.missingReplies && `${e.missingReplies} answers missing`,
    e.apologies && `${e.apologies} apologies`,
    e.throttled && `${e.throttled} rate-limited`,
    e.busy && `${e.busy} turned away as busy`,
    run.loggedErrors && `${run.loggedErrors} error lines logged`,
  ].filter(Boolean);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** Heap and RSS growth from one sample to the next, signed, in MB. */
export function formatGrowth(from: MemorySample, to: MemorySample): string {
  return `heap ${signedMb(to.heapUsed - from.heapUsed)}, rss ${signedMb(to.rss - from.rss)}`;
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

function signedMb(bytes: number): string {
  return `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / MB).toFixed(2)} MB`;
}

function ms(value: number, digits = 1): string {
  return Number.isNaN(value) ? '–' : `${value.toFixed(digits)} ms`;
}
