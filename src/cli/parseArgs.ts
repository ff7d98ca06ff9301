/** The command line, parsed. */
export interface CliArgs {
  command: string;
  /** Words after the command, joined (the question or search terms). */
  text: string;
  json: boolean;
  corpus?: string;
  help: boolean;
}

/** Thrown for a command line that cannot be understood; the message says what is wrong. */
export class UsageError extends Error {}

/** Parses `isf <command> [TEXT...] [--json] [--corpus DIR]`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const words: string[] = [];
  let json = false;
  let help = false;
  let corpus: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--corpus') {
      corpus = argv[++i];
      if (corpus === undefined || corpus === '') throw new UsageError('--corpus needs a folder: --corpus DIR');
    } else if (arg.startsWith('--corpus=')) corpus = arg.slice('--corpus='.length);
    else if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--') && words.length === 0) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  const [command = 'help', ...rest] = words;
  return { command, text: rest.join(' '), json, help, ...(corpus !== undefined && { corpus }) };
}

/** Usage text of the command line. */
export const USAGE = `Usage:
  isf ask "QUESTION" [--json] [--corpus DIR]   answer one question
  isf ask [--json] [--corpus DIR] < questions   batch: one question per line in, one answer per line out
  isf status  [--json] [--corpus DIR]           where the story stands, quoted
  isf search "TERMS" [--json] [--corpus DIR]    top passages for keywords
  isf sources [--json] [--corpus DIR]           the documents in the corpus
  isf chat [--corpus DIR]                       interactive console chat
  isf start                                     the bot: Slack and Discord when configured, else the console chat
  isf deploy-discord                            register the /isf command with Discord (DISCORD_GUILD_ID: one server)
`;
