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
  /** Counts toward a user's per-minute question limit on the chat platforms (questions cost; lookups do not). */
  rateLimited: boolean;
  /** Answered only to the asker, whatever they choose (Discord ephemeral): nobody else needs it. */
  privateByDefault: boolean;
  /** A private answer may be shared to the channel (Slack's "Share to channel" button re-runs it). */
  shareable: boolean;
  /** Its answer is kept as the conversation's last exchange: cut into pages ("more"), read by follow-ups, voted on (👍/👎). */
  keptInConversation: boolean;
  /** How the user's own words are labelled when repeated back ("Question: …"); none: not repeated with a label. */
  echoLabel?: string;
  /** `answer`: each quote stands on its own; `brief`: the quotes read top to bottom as one text (the status brief). */
  layout: 'answer' | 'brief';
  handler(context: CommandContext): BotReply;
}
