import { parseCommandText } from '../../commands/parseCommandText.ts';
import { resolveCommand, type CommandArgs } from '../../commands/index.ts';
import type { Logger } from '../logger.ts';
import type { Engine } from '../search/engine.ts';
import type { BotReply } from '../../commands/reply.ts';

/** Who is asking, for logs and fair use; ids are hashed before they are logged. */
export interface Requester {
  platform: 'slack' | 'discord' | 'console' | 'cli';
  userId: string;
  /** The id of this request in the logs, when one was given (FairUseBot gives one). */
  reqId?: string;
  /**
   * The conversation the message belongs to (a Slack thread, a Discord reply chain or thread, a DM, the console
   * session): follow-ups and "more" are read against its earlier exchange. None: every message stands alone.
   */
  conversation?: string;
}

/** The reply given when a handler fails: short, and it blames no one. */
export function apologyReply(command: string): BotReply {
  return {
    command,
    lines: ['Sorry, something went wrong while answering. Please try again in a moment.'],
    quotes: [],
    refused: true,
    failed: true,
    json: { error: 'internal error' },
  };
}

/**
 * The bot's core: runs platform-neutral commands against the current engine.
 * Adapters call it and render what it returns; the engine can be swapped (corpus reload) at any time.
 */
export class Bot {
  #engine: Engine;
  readonly #logger: Pick<Logger, 'error'>;

  /** `logger` gets a line when a handler fails; only its `error` is used (a one-shot CLI run passes a plain one). */
  constructor(engine: Engine, logger: Pick<Logger, 'error'>) {
    this.#engine = engine;
    this.#logger = logger;
  }

  /** The engine answering right now. */
  get engine(): Engine {
    return this.#engine;
  }

  /** Replaces the engine in one step (a corpus reload); requests in flight finish on the old one. */
  swapEngine(engine: Engine): void {
    this.#engine = engine;
  }

  /** Runs a command by name; never throws: a failing handler yields an apology and a log line. */
  run(commandName: string, args: CommandArgs, requester?: Requester): BotReply {
    const command = resolveCommand(commandName);
    try {
      return command.handler({ engine: this.#engine, args });
    } catch (error) {
      this.#logger.error({ err: error, command: command.name, platform: requester?.platform, reqId: requester?.reqId }, 'command failed');
      return apologyReply(command.name);
    }
  }

  /** Runs free chat text (`/isf ask ...`, `status`, or a bare question). */
  runText(text: string, requester?: Requester): BotReply {
    const { command, args } = parseCommandText(text);
    return this.run(command.name, args, requester);
  }
}
