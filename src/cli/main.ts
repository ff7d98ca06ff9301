import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { VERSION } from '../version.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { CLI_OPTIONS, parseArgs, UsageError } from './parseArgs.ts';
import { findSubcommand, usageText } from './subcommands.ts';
import type { CliIo } from './types.ts';

export type { CliIo } from './types.ts';

/** Runs the `isf` command line; resolves to the exit code (see exitCodes.ts). */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.version) {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_CODES.answered;
    }
    const subcommand = findSubcommand(args.command);
    if (!subcommand) throw new UsageError(`unknown command "${args.command}"`);
    if (args.options.help) return await findSubcommand('help')!.run(args, io);
    for (const name of Object.keys(args.options)) {
      if (!subcommand.options.includes(name)) throw new UsageError(`isf ${subcommand.name} does not take ${optionLabel(name)}`);
    }
    if (subcommand.configured) loadEnvFile(io.env);
    return await subcommand.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`isf: ${error.message}\n${usageText()}`);
      return EXIT_CODES.usage;
    }
    if (isUserFacing(error)) {
      io.stderr.write(`isf: ${error.message}\n`);
      return EXIT_CODES.failure;
    }
    throw error;
  }
}

/** Errors whose message is written for the user (one line naming what to fix): ConfigError, CorpusError, StartError, StoreOpenError. */
function isUserFacing(error: unknown): error is Error {
  return error instanceof Error && ['ConfigError', 'CorpusError', 'StartError', 'StoreOpenError'].includes(error.name);
}

function optionLabel(name: string): string {
  const option = CLI_OPTIONS.find((o) => o.name === name);
  return option?.value ? `--${name} ${option.value}` : `--${name}`;
}

/** Reads ./.env into the environment when there is one; variables already set win (as with dotenv). */
function loadEnvFile(env: NodeJS.ProcessEnv): void {
  let text: string;
  try {
    text = readFileSync('.env', 'utf8');
  } catch {
    return;
  }
  for (const [name, value] of Object.entries(parseEnv(text))) env[name] ??= value;
}

function defaultIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
