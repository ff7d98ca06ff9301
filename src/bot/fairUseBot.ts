import { resolveCommand, type CommandArgs } from '../../commands/index.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import type { Logger } from '../logger.ts';
import type { Requester } from './bot.ts';
import type { ChatBot } from './chatBot.ts';
import { QuestionScheduler, QueueFullError } from './questionScheduler.ts';
import { hashUserId, logQuestion, newRequestId, type QuestionLogEntry } from './questionLog.ts';
import { RateLimiter } from './rateLimiter.ts';
import type { BotReply } from '../../commands/reply.ts';

/** Options of fair use. */
export interface FairUseOptions {
  /** Questions (ask, search) one user may ask per minute. */
  rateLimitPerMinute: number;
  /**
   * Questions in progress at once, for a wrapped ChatBot whose answers take time (a promise); more wait their
   * turn. Default 8. The Bot answers synchronously, one at a time, so it never binds there.
   */
  maxConcurrent?: number;
  /** Questions waiting at most before the next is turned away as "busy". Default 1,000 (DEFAULT_MAX_QUEUE). */
  maxQueue?: number;
  /** Where the `question` lines go. */
  logger: Logger;
  /** Salt of the hashed user ids in the log (see userHashSalt). */
  salt: string;
  /** The clock of the rate limit, in ms; tests pass a fake one. Default `Date.now`. */
  now?: () => number;
}

// The local console and CLI belong to the operator: never limited.
const UNLIMITED_PLATFORMS = new Set<Requester['platform']>(['console', 'cli']);

// Questions in progress at once for a ChatBot that answers asynchronously: the old MAX_CONCURRENT_QUESTIONS default.
const DEFAULT_MAX_IN_PROGRESS = 8;

/**
 * The bot as the chat platforms reach it: a per-user rate limit on questions (a private note with the wait
 * when over it), the time-sliced question scheduler (arrival order, a bounded queue), and one `question` log line per
 * request. It wraps the Bot, so a corpus reload (Bot.swapEngine) applies here at once. Today's engine answers
 * synchronously in about a millisecond, so questions never overlap; the in-progress cap binds only for an async ChatBot.
 */
export class FairUseBot implements ChatBot {
  readonly #bot: ChatBot;
  readonly #logger: Logger;
  readonly #salt: string;
  readonly #rate: RateLimiter;
  readonly #slots: QuestionScheduler;

  /** Wraps the core: a Bot (answers at once), or any ChatBot whose answers take time. */
  constructor(bot: ChatBot, options: FairUseOptions) {
    this.#bot = bot;
    this.#logger = options.logger;
    this.#salt = options.salt;
    this.#rate = new RateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000, ...(options.now && { now: options.now }) });
    this.#slots = new QuestionScheduler({ max: options.maxConcurrent ?? DEFAULT_MAX_IN_PROGRESS, ...(options.maxQueue !== undefined && { maxQueue: options.maxQueue }) });
  }

  /** The engine answering right now. */
  get engine(): ChatBot['engine'] {
    return this.#bot.engine;
  }

  /** Questions being answered now and waiting, across all users. */
  get load(): { active: number; queued: number } {
    return { active: this.#slots.active, queued: this.#slots.queued };
  }

  /** Runs a command for a requester, within fair use; rejects only when the wrapped bot throws. */
  async run(commandName: string, args: CommandArgs, requester?: Requester): Promise<BotReply> {
    const started = performance.now();
    const definition = resolveCommand(commandName);
    const command = definition.name;
    const reqId = newRequestId();
    const log = (reply: BotReply | undefined, extra: Partial<QuestionLogEntry> = {}): void =>
      logQuestion(this.#logger, {
        reqId,
        platform: requester?.platform ?? 'unknown',
        command,
        answered: reply !== undefined && !reply.refused && !reply.failed,
        ms: Math.round(performance.now() - started),
        user: hashUserId(requester?.userId ?? 'unknown', this.#salt),
        ...(reply?.failed && { failed: true }),
        ...extra,
      });

    if (requester && !UNLIMITED_PLATFORMS.has(requester.platform) && definition.rateLimited) {
      const verdict = this.#rate.take(`${requester.platform}:${requester.userId}`);
      if (!verdict.allowed) {
        const reply = rateLimitReply(command, this.#rate.limit, Math.ceil(verdict.retryAfterMs / 1000));
        log(reply, { limited: true });
        return reply;
      }
    }
    let reply: BotReply;
    try {
      reply = await this.#slots.run(() => this.#bot.run(command, args, requester && { ...requester, reqId }));
    } catch (error) {
      if (error instanceof QueueFullError) {
        const busy = busyReply(command);
        log(busy, { busy: true });
        return busy;
      }
      log(undefined, { failed: true });
      throw error;
    }
    log(reply);
    return reply;
  }

  /** Runs free chat text (`ask …`, `status`, or a bare question) for a requester, within fair use. */
  runText(text: string, requester?: Requester): Promise<BotReply> {
    const { command, args } = parseCommandText(text);
    return this.run(command.name, args, requester);
  }
}

/** The private note for a user over the rate limit: how fast they may ask, and when to try again. */
export function rateLimitReply(command: string, perMinute: number, retryAfterSeconds: number): BotReply {
  const rate = `${perMinute} ${perMinute === 1 ? 'question' : 'questions'} a minute`;
  return {
    command,
    lines: [`You're asking faster than ${rate}; try again in ${retryAfterSeconds} s.`],
    quotes: [],
    refused: true,
    private: true,
    retryAfterSeconds,
    json: { error: 'rate limited', retryAfterSeconds },
  };
}

/** The private note when too many questions are already waiting. */
export function busyReply(command: string): BotReply {
  return {
    command,
    lines: ['The bot is very busy right now; please ask again in a minute.'],
    quotes: [],
    refused: true,
    private: true,
    retryAfterSeconds: 60,
    json: { error: 'busy', retryAfterSeconds: 60 },
  };
}
