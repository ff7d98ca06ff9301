import type { BotReply } from './reply.ts';
import type { Engine } from '../src/search/engine.ts';

/** A typed option of a chat command; one definition serves help, validation and every platform. */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'boolean';
  required: boolean;
  /** Longest accepted value (string options). */
  maxLength?: number;
  /** The platform may offer completions for it (Discord autocomplete). */
  autocomplete?: boolean;
}

/** Parsed option values, by option name. */
export type CommandArgs = Record<string, string | boolean | undefined>;

/** What a handler gets: the engine of the moment and the parsed options. */
export interface CommandContext {
  engine: Engine;
  args: CommandArgs;
}

/** A platform-neutral chat command: `/isf <name> ...`. */
export interface CommandDefinition {
  name: string;
  description: string;
  /** One example invocation for help text, without the `/isf ` prefix. */
  usage: string;
  options: CommandOption[];
  /** False when the handler uses only the corpus (engine.corpus, engine.sources()): a one-shot run then skips indexing. Default true. */
  needsIndex?: false;
  handler(context: CommandContext): BotReply;
}
