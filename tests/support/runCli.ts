import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

/** What a run of the CLI printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of a CLI run: what stdin holds, whether it is a terminal, the environment. */
export interface CliRunOptions {
  stdin?: string;
  isTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Runs main(argv, io) over in-memory streams and collects what it wrote. */
export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (options.isTTY) stdin.isTTY = true;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(options.stdin ?? '');
  const code = await main(argv, { stdin, stdout, stderr, env: { ...(options.env ?? {}) } });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
