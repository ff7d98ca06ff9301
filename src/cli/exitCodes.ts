/**
 * Exit codes of `isf`, as the README and `isf help` document them. 1 and 2 follow the shell convention
 * (1 for a failure, 2 for a command line that cannot be understood, as grep and bash builtins do); a refusal
 * gets its own code so that a script can tell "the story does not say" from "something broke".
 */
export const EXIT_CODES = {
  /** The command ran and answered (batch mode: every line was answered or refused). */
  answered: 0,
  /** Something failed: bad configuration, unusable corpus folder, a chat platform that could not be reached. */
  failure: 1,
  /** The command line cannot be understood: unknown command or option, missing value. */
  usage: 2,
  /** The command ran but the corpus does not answer (a refusal, or nothing matches). */
  refused: 3,
} as const;

/** The exit-code lines of the usage text. */
export const EXIT_CODE_HELP = `Exit codes:
  0  answered (batch mode: every line was answered or refused; see "answered" in each line)
  1  failure: bad configuration, unusable corpus folder, a chat platform that cannot be reached
  2  usage error: unknown command or option, or a missing value
  3  refused: the corpus does not answer the question (or nothing matches the search)
`;
