import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../paths.ts';

/** The bot's memory as the probe reports it, after a full garbage collection (bytes). */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Whether garbage was collected first (the probe needs --expose-gc). */
  gc: boolean;
}

/** The bot as `npm start` runs it (`node bin/isf.js start`), in its own process, with a memory probe preloaded. */
export interface BotProcess {
  readonly pid: number;
  /** Error and fatal log lines (pino level ≥ 50) seen so far. */
  readonly errorLines: string[];
  /** The last log lines, for a diagnosis when something fails. */
  tail(): string;
  /** Garbage-collects in the bot and reads its memory. */
  memory(): Promise<MemorySample>;
  /** CPU time the bot process has used so far (all threads, user + system), in ms; undefined where /proc is not. */
  cpuMs(): Promise<number | undefined>;
  /** Stops it (SIGTERM, then SIGKILL after `graceMs`) and removes its scratch folder. */
  stop(graceMs?: number): Promise<number | null>;
}

const PROBE = fileURLToPath(new URL('./memoryProbe.mjs', import.meta.url));

/**
 * Spawns `node --expose-gc [nodeArgs] --import memoryProbe.mjs bin/isf.js start` in an empty scratch folder (so
 * no `.env` is read) with exactly the given variables (plus PATH, HOME, CORPUS_DIR, LOG_LEVEL=info unless given),
 * and resolves once it is ready: `readyUrl` (its /readyz) answers 200, or, at any LOG_LEVEL that shows them, every
 * adapter named in `adapters` has logged "adapter started".
 */
export async function startBotProcess(
  env: Record<string, string>,
  adapters: readonly string[],
  options: { nodeArgs?: readonly string[]; timeoutMs?: number; readyUrl?: string } = {},
): Promise<BotProcess> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const workDir = await mkdtemp(join(tmpdir(), 'isf-load-'));
  const memoryFile = join(workDir, 'memory.json');
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...(options.nodeArgs ?? []), '--import', PROBE, resolve(REPO_ROOT, 'bin/isf.js'), 'start'], {
    cwd: workDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      CORPUS_DIR: resolve(REPO_ROOT, 'corpus'),
      LOG_LEVEL: 'info',
      ...env,
      ISF_LOAD_MEMORY_FILE: memoryFile,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  // Never leave the bot running if the load test itself dies (an uncaught error, a signal it does not handle).
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const started = new Set<string>();
  const errorLines: string[] = [];
  const lastLines: string[] = [];
  let partial = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      lastLines.push(line);
      if (lastLines.length > 40) lastLines.shift();
      const entry = parseLogLine(line);
      if (entry?.msg === 'adapter started' && typeof entry.adapter === 'string') started.add(entry.adapter);
      if (typeof entry?.level === 'number' && entry.level >= 50) errorLines.push(line);
    }
  });

  const stop = async (graceMs = 5000): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited.finally(() => clearTimeout(timer));
    }
    process.removeListener('exit', killOnExit);
    await rm(workDir, { recursive: true, force: true });
    return child.exitCode;
  };
  const tail = (): string => [...lastLines, partial].filter(Boolean).join('\n');

  const deadline = Date.now() + timeoutMs;
  while (!adapters.every((a) => started.has(a)) && !(await answersReady(options.readyUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop(1000);
      throw new Error(`the bot did not start ${adapters.join(' and ')} within ${timeoutMs} ms:\n${tail()}`);
    }
    await sleep(25);
  }

  return {
    pid: child.pid!,
    errorLines,
    tail,
    async memory() {
      await rm(memoryFile, { force: true });
      child.kill('SIGUSR2');
      const until = Date.now() + 10_000;
      while (!existsSync(memoryFile)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`the bot's memory probe did not answer:\n${tail()}`);
        await sleep(10);
      }
      return JSON.parse(await readFile(memoryFile, 'utf8')) as MemorySample;
    },
    async cpuMs() {
      try {
        // /proc/PID/stat: fields 14 and 15 (after the parenthesised name) are user and system time in clock ticks.
        const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
      } catch {
        return undefined;
      }
    },
    stop,
  };
}

// USER_HZ: 100 on every Linux build that matters here.
const CLOCK_TICKS_PER_SECOND = 100;

/** Whether GET `url` answers 200 (false when there is no URL or nothing listens yet). */
async function answersReady(url: string | undefined): Promise<boolean> {
  if (url === undefined) return false;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
