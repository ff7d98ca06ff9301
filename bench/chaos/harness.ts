// The harness of `npm run chaos`: spawned `isf` processes whose stderr is kept whole (for the leak scan), the
// table of probes (each with the threshold of issue 13's outside check beside what was measured), and the small
// waiting helpers every probe uses. No network beyond 127.0.0.1; scratch folders under the OS temp folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

export { freePort } from '../../tests/support/ports.ts';

/** A probe's verdict: held, failed, or not measured in this run. */
export type Verdict = 'ok' | 'FAIL' | 'n/a';

/** One probe of the table: what the outside check demands, and what this run measured. */
export interface Probe {
  name: string;
  threshold: string;
}

interface Row extends Probe {
  measured: string;
  verdict: Verdict;
}

const rows: Row[] = [];
const allStderr: string[] = [];
const scratch: string[] = [];

/** Records one line of the table (and prints it at once on stderr, so a long run shows its progress). */
export function record(probe: Probe, measured: string, verdict: Verdict): void {
  rows.push({ ...probe, measured, verdict });
  process.stderr.write(`chaos: ${probe.name}: ${measured} [${verdict}]\n`);
}

/** Runs a probe within `limitMs`; a throw or a timeout is recorded as a failure of that probe. */
export async function runProbe(probe: Probe, limitMs: number, run: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`probe did not finish within ${limitMs / 1000} s`)), limitMs);
  });
  try {
    await Promise.race([run(), timeout]);
  } catch (error) {
    record(probe, error instanceof Error ? error.message.split('\n')[0]! : String(error), 'FAIL');
  } finally {
    clearTimeout(timer);
  }
}

/** The table: probe, verdict, threshold, measured; and the count of failures. */
export function printTable(elapsedMs: number): number {
  const width = (pick: (r: Row) => string, title: string) => Math.max(title.length, ...rows.map((r) => pick(r).length));
  const nameWidth = width((r) => r.name, 'probe');
  const thresholdWidth = width((r) => r.threshold, 'threshold');
  const lines = [
    `${'probe'.padEnd(nameWidth)}  verdict  ${'threshold'.padEnd(thresholdWidth)}  measured`,
    `${'-'.repeat(nameWidth)}  -------  ${'-'.repeat(thresholdWidth)}  --------`,
    ...rows.map((r) => `${r.name.padEnd(nameWidth)}  ${r.verdict.padEnd(7)}  ${r.threshold.padEnd(thresholdWidth)}  ${r.measured}`),
  ];
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  process.stdout.write(`${lines.join('\n')}\nchaos: ${failed} of ${rows.length} probes failed, in ${seconds(elapsedMs)}\n`);
  return failed;
}

/** The whole stderr of every spawned process that has exited so far. */
export function everyStderr(): readonly string[] {
  return allStderr;
}

/** A spawned `isf` process whose whole stderr is kept (for the leak scan). */
export interface Spawned {
  child: ChildProcess;
  stderr(): string;
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  rssMb(): number;
  kill(): void;
}

/**
 * Spawns `node bin/isf.js …` as `npm start` runs it, in the temp folder (no .env is read), with a DATA_DIR of its
 * own unless `env` names one (a run never reads another's saved index or store). `prefix` runs it under a shell
 * command first (`ulimit -n 256 &&`).
 */
export function spawnIsf(args: string[], env: Record<string, string>, options: { stdin?: 'pipe' | 'ignore'; prefix?: string } = {}): Spawned {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'isf-chaos-data-'));
  if (env.DATA_DIR === undefined) scratch.push(dataDir);
  // CHAOS_NODE_OPTIONS reaches the bots as NODE_OPTIONS (a --cpu-prof of them, to see what holds their event loop).
  const nodeOptions = process.env.CHAOS_NODE_OPTIONS;
  const fullEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...(nodeOptions && { NODE_OPTIONS: nodeOptions }), ...env, DATA_DIR: dataDir };
  const script = resolve(REPO_ROOT, 'bin/isf.js');
  const child = options.prefix
    ? spawn('sh', ['-c', `${options.prefix} exec "$0" "$@"`, process.execPath, script, ...args], { cwd: tmpdir(), env: fullEnv, stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [script, ...args], { cwd: tmpdir(), env: fullEnv, stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] });
  let text = '';
  let out = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
    child.once('exit', (code, signal) => {
      allStderr.push(text);
      done({ code, signal, at: Date.now() });
    }),
  );
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return {
    child,
    stderr: () => text,
    stdout: () => out,
    exited,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    kill: () => void child.kill('SIGKILL'),
  };
}

/** The lines of a spawned process's stderr after the first `skip` characters whose log message is `msg`. */
export function logLines(bot: Spawned, msg: string, skip = 0): string[] {
  return bot
    .stderr()
    .slice(skip)
    .split('\n')
    .filter((line) => line.includes(`"msg":"${msg}"`));
}

/** Removes the DATA_DIR folders spawnIsf made (call once every process has exited). */
export async function removeScratch(): Promise<void> {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Polls `check` every 50 ms until it gives something truthy, or undefined after `limitMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, limitMs: number): Promise<T | undefined> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const value = await check();
    if (value) return value;
    await sleep(50);
  }
  return undefined;
}

/** The HTTP status of a GET, or undefined when nothing answers within a second. */
export async function status(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** The promise's value, or undefined when it takes longer than `ms`. */
export async function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, sleep(ms).then(() => undefined)]);
}

/** Milliseconds as seconds with one decimal ("1.2 s"). */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The value at quantile `q` (0..1) of some numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
