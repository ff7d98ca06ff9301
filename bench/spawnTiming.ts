import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** How one child process ran: when its first JSON value arrived, when it ended, and what it printed. */
export interface ProcessTiming {
  /** Milliseconds from spawn until stdout held a first complete JSON value (one line, or pretty-printed), or null. */
  firstJsonMs: number | null;
  /** That first JSON value, parsed. */
  firstJson: unknown;
  /** Milliseconds from spawn to exit. */
  totalMs: number;
  lines: string[];
  code: number | null;
  stderr: string;
}

/** The first JSON value at the start of some output: its first line, or the whole text (pretty-printed JSON); undefined if none yet. */
export function firstJsonValue(out: string): unknown {
  const newline = out.indexOf('\n');
  if (newline === -1) return undefined;
  for (const candidate of [out.slice(0, newline), out]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // not complete yet
    }
  }
  return undefined;
}

/** Spawns `node ARGS`, writes `input` to its stdin (then closes it) and times the first JSON value on stdout and the exit. */
export function timeNodeProcess(args: readonly string[], input: string, cwd: string, timeoutMs = 120_000): Promise<ProcessTiming> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let firstJsonMs: number | null = null;
    let firstJson: unknown;
    let out = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (firstJsonMs === null && chunk.includes('\n')) {
        const value = firstJsonValue(out);
        if (value !== undefined) {
          firstJsonMs = performance.now() - start;
          firstJson = value;
        }
      }
    });
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const totalMs = performance.now() - start;
      resolvePromise({ firstJsonMs, firstJson, totalMs, lines: out.split('\n').filter((l) => l.trim() !== ''), code, stderr });
    });
    child.stdin.on('error', () => {}); // the child may exit before reading everything; the exit code tells.
    child.stdin.end(input);
  });
}

/** What a child printed instead of the expected output: its first stdout line, first stderr line and exit code. */
export function describeOutput(timing: ProcessTiming): string {
  const out = timing.lines[0]?.trim().slice(0, 120);
  const err = timing.stderr.split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 160);
  return [out && `stdout ${JSON.stringify(out)}`, err && `stderr ${JSON.stringify(err)}`, `exit code ${timing.code}`].filter(Boolean).join(', ');
}
