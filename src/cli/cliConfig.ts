import { loadConfig, type Config } from '../config.ts';
import type { CliArgs } from './parseArgs.ts';
import type { CliIo } from './types.ts';

/** The configuration of a run: the environment, with `--corpus DIR` in place of CORPUS_DIR when given. */
export function cliConfig(args: CliArgs, io: CliIo): Config {
  const corpus = args.options.corpus;
  return loadConfig(typeof corpus === 'string' ? { ...io.env, CORPUS_DIR: corpus } : io.env);
}
