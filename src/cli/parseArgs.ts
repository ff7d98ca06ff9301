/** An option of the command line. */
export interface CliOption {
  /** Written `--name` (or `--name=VALUE` when it takes a value). */
  name: string;
  /** One-letter alias, written `-x`. */
  short?: string;
  /** Placeholder of its value in the usage (`DIR`); absent for a flag. */
  value?: string;
}

/** Every option the command line knows; each subcommand says which of them it accepts. */
export const CLI_OPTIONS: readonly CliOption[] = [
  { name: 'json' },
  { name: 'corpus', value: 'DIR' },
  { name: 'help', short: 'h' },
  { name: 'version' },
  { name: 'since', value: 'DATE' },
  { name: 'until', value: 'DATE' },
];

/** The command line, parsed. */
export interface CliArgs {
  /** The first word, lower-cased (`help` when there is none). */
  command: string;
  /** Words after the command, joined (the question or search terms). */
  text: string;
  /** Options given, by name: `true` for a flag, the value for an option that takes one. */
  options: Record<string, string | true>;
}

/** Thrown for a command line that cannot be understood; the message says what is wrong, in one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `isf <command> [WORDS...] [OPTIONS]`: options may come anywhere; an unknown one is a usage error,
 * never part of the question. After `--` everything is a word. A word like `-5` (not a letter after the dash)
 * stays a word.
 */
export function parseArgs(argv: readonly string[], known: readonly CliOption[] = CLI_OPTIONS): CliArgs {
  const words: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    if (!long && !short) {
      if (/^-[A-Za-z]/.test(arg)) throw new UsageError(`unknown option ${arg}`);
      words.push(arg);
      continue;
    }
    const option = long ? known.find((o) => o.name === long[1]) : known.find((o) => o.short === short![1]);
    if (!option) throw new UsageError(`unknown option ${long ? `--${long[1]}` : arg}`);
    if (option.value === undefined) {
      if (long?.[2] !== undefined) throw new UsageError(`--${option.name} takes no value`);
      options[option.name] = true;
      continue;
    }
    const value = long?.[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${option.name} needs a value: --${option.name} ${option.value}`);
    options[option.name] = value;
  }
  const [command = 'help', ...rest] = words;
  return { command: command.toLowerCase(), text: rest.join(' '), options };
}
