import { spawn, type ChildProcess } from 'node:child_process';
import { ISF_BIN } from './paths.ts';

/** A spawned `isf` process (`node bin/isf.js …`, what `npm start` runs), with its output kept. */
export interface SpawnedIsf {
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Everything it wrote to stdout so far. */
  stdout(): string;
  /** Resolves with its exit code. */
  exited: Promise<number | null>;
  /** When it exited (Date.now() at its exit event), or undefined while it runs. */
  exitedAt(): number | undefined;
  /** Sends SIGTERM if it still runs and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Where a spawned `isf` runs: its working directory (default this process's, the repository). */
export interface SpawnOptions {
  cwd?: string;
}

/** Spawns `node bin/isf.js <args>` with exactly this environment (plus PATH and HOME); stdin stays open until the caller ends it. */
export function spawnIsf(args: string[], env: NodeJS.ProcessEnv, options: SpawnOptions = {}): SpawnedIsf {
  const child = spawn(process.execPath, [ISF_BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['pipe', 'pipe', 'pipe'], ...(options.cwd && { cwd: options.cwd }) });
  let stderr = '';
  let stdout = '';
  let exitedAt: number | undefined;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitedAt = Date.now();
      resolve(code);
    }),
  );
  const stop = (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return { child, stderr: () => stderr, stdout: () => stdout, exited, exitedAt: () => exitedAt, stop };
}

/** Runs `node bin/isf.js <args>` to its end, `stdin` its input (default none), and returns its exit code and output. */
export async function runIsf(args: string[], env: NodeJS.ProcessEnv, options: SpawnOptions & { stdin?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnIsf(args, env, options);
  run.child.stdin!.end(options.stdin ?? '');
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
