import { resolveCommand, type CommandArgs } from '../../commands/index.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import type { Logger } from '../logger.ts';
import type { Requester } from './bot.ts';
import type { ChatBot } from './chatBot.ts';
import { QuestionScheduler, QueueFullError } from './questionScheduler.ts';
import { hashUserId, logQuestion, newRequestId, type QuestionLogEntry } from './questionLog.ts';
import { MemoryStore } from '../store/memoryStore.ts';
import type { QuestionRecord, Store } from '../store/types.ts';
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
  /**
   * The bot's memory: every question is recorded there (the only place its text is kept), and the rate limit's
   * windows live there, shared by replicas on one database. Default: an in-process MemoryStore.
   */
  store?: Store;
}

/** The length of the rate limit's sliding window: RATE_LIMIT_PER_MINUTE is per minute. */
const RATE_WINDOW_MS = 60_000;

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
  readonly #rateLimit: number;
  readonly #store: Store;
  readonly #now: () => number;
  readonly #slots: QuestionScheduler;

  /** Wraps the core: a Bot (answers at once), or any ChatBot whose answers take time. */
  constructor(bot: ChatBot, options: FairUseOptions) {
    this.#bot = bot;
    this.#logger = options.logger;
    this.#salt = options.salt;
    if (!Number.isInteger(options.rateLimitPerMinute) || options.rateLimitPerMinute < 1) {
      throw new Error(`FairUseBot: rateLimitPerMinute must be a whole number of at least 1 (got ${options.rateLimitPerMinute})`);
    }
    this.#rateLimit = options.rateLimitPerMinute;
    this.#now = options.now ?? Date.now;
    this.#store = options.store ?? new MemoryStore({ now: this.#now });
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
      // The window's key holds the hashed id, as the question history does: the database never sees a raw user id.
      const verdict = await this.#store.hitRateLimit(`${requester.platform}:${hashUserId(requester.userId, this.#salt)}`, this.#rateLimit, RATE_WINDOW_MS);
      if (!verdict.allowed) {
        const reply = rateLimitReply(command, this.#rateLimit, Math.ceil(verdict.retryAfterMs / 1000));
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
    // The questions that search the story (the rate-limited ones) are what the coverage report is about.
    if (definition.rateLimited && !reply.failed) this.#record(reqId, command, args, requester, reply);
    return reply;
  }

  // Keeps the question in the store without holding up the reply; the store buffers what it cannot write at once.
  #record(reqId: string, command: string, args: CommandArgs, requester: Requester | undefined, reply: BotReply): void {
    const answer = reply.json as { smallTalk?: unknown; reason?: unknown } | undefined;
    const typed = args.question ?? args.terms;
    const record: QuestionRecord = {
      id: reqId,
      text: reply.echo ?? (typeof typed === 'string' ? typed : ''),
      platform: requester?.platform ?? 'unknown',
      userHash: hashUserId(requester?.userId ?? 'unknown', this.#salt),
      at: this.#now(),
      command,
      answered: !reply.refused,
      ...(reply.refused && typeof answer?.reason === 'string' && { reason: answer.reason }),
      smallTalk: answer?.smallTalk === true,
      citations: reply.quotes.map((q) => ({ doc: q.doc, paragraph: q.paragraph })),
    };
    this.#store.recordQuestion(record).catch((error: unknown) => {
      this.#logger.warn({ reqId, error: error instanceof Error ? error.message : String(error) }, 'store: could not record a question');
    });
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
function busyReply(command: string): BotReply {
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
