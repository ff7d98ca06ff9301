import type { Readable, Writable } from 'node:stream';
import type { CliArgs } from './parseArgs.ts';

/** The streams and environment the CLI talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** One `isf` subcommand: its usage lines, the options it accepts, and how it runs. */
export interface Subcommand {
  name: string;
  /** Usage lines without the leading `isf `, each with its one-line summary. */
  usage: { line: string; summary: string }[];
  /** Names of the options it accepts (see CLI_OPTIONS); `--help` is always accepted. */
  options: readonly string[];
  /** Whether it reads .env and the environment's configuration (all but help do). */
  configured: boolean;
  /** Runs it and resolves to the exit code; implementations are imported on demand, so start-up loads only this one. */
  run(args: CliArgs, io: CliIo): Promise<number>;
}
