import { randomBytes } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { resolveCommand, type CommandArgs } from '../../../commands/index.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/types.ts';
import type { Requester } from '../bot.ts';
import type { ChatBot } from '../chatBot.ts';
import type { BotReply } from '../../../commands/reply.ts';
import { saveAnswer } from './answerRecords.ts';
import { readFollowUp, type PreviousExchange } from './rewriteFollowUp.ts';
import { contextFromJson, contextToJson, MAX_CONTEXT_PASSAGES, THREAD_TTL_MS, threadKey, type ThreadContext } from './threadContext.ts';

/** Quotes one chat reply shows: the Slack and Discord renderers show 3 at most, so a page is 3 and "more" shows the next 3. */
const QUOTES_PER_PAGE = 3;

/**
 * Passages "more" may show after an answer's own, marked as related: the story's next-best matches for the
 * question. Two pages of 3: on the shipped story, matches past the sixth share only a common word with the question.
 */
export const FURTHER_PASSAGES = 6;

/** Options of a ConversationBot. */
export interface ConversationOptions {
  /** Where thread context and answer records are kept. */
  store: Pick<Store, 'getThread' | 'putThread'>;
  logger: Logger;
  /** How long a conversation is remembered after its last answer; default a day (THREAD_TTL_MS). */
  ttlMs?: number;
  /** Quotes a reply shows; default QUOTES_PER_PAGE. */
  pageSize?: number;
}

/**
 * The bot in a conversation: a message in a thread (Requester.conversation) is read with the thread's last
 * exchange. A follow-up ("and China?", "who is he?", "why?") is rewritten into a whole question from the
 * user's words and the earlier question, and its reply says which question it answered; "more" shows the next
 * passages of the last answer, never one already shown; a follow-up with nothing to follow gets a hint. Answers
 * are cut into pages and get an id votes are recorded under. Without a conversation, messages pass through.
 * It sits inside FairUseBot, so follow-ups and "more" are counted like any question.
 */
export class ConversationBot implements ChatBot {
  readonly #bot: ChatBot;
  readonly #store: ConversationOptions['store'];
  readonly #logger: Logger;
  readonly #ttlMs: number;
  readonly #pageSize: number;

  constructor(bot: ChatBot, options: ConversationOptions) {
    this.#bot = bot;
    this.#store = options.store;
    this.#logger = options.logger;
    this.#ttlMs = options.ttlMs ?? THREAD_TTL_MS;
    this.#pageSize = options.pageSize ?? QUOTES_PER_PAGE;
  }

  /** The engine answering right now. */
  get engine(): ChatBot['engine'] {
    return this.#bot.engine;
  }

  /** Free chat text, parsed by the core, then run as a command in its conversation. */
  async runText(text: string, requester?: Requester): Promise<BotReply> {
    const { command, args } = parseCommandText(text);
    return this.run(command.name, args, requester);
  }

  /** Runs a command in the requester's conversation (if any): follow-ups rewritten, "more" served, answers paged and remembered. */
  async run(commandName: string, args: CommandArgs, requester?: Requester): Promise<BotReply> {
    const conversation = requester?.conversation;
    if (conversation === undefined) return this.#bot.run(commandName, args, requester);
    const context = await this.#load(conversation);
    if (commandName !== 'ask') return this.#remember(conversation, await this.#bot.run(commandName, args, requester));

    const typed = typeof args.question === 'string' ? args.question : '';
    const reading = readFollowUp(typed, previousExchange(context));
    switch (reading.kind) {
      case 'more':
        return this.#more(conversation, context);
      case 'unfollowable':
        return this.#votable(hintReply(typed, reading.hint), typed);
      case 'rewritten': {
        const reply = await this.#bot.run('ask', { ...args, question: reading.question }, requester);
        return this.#remember(conversation, reply.failed || reply.private ? reply : { ...reply, echo: typed, answeredQuestion: reading.question });
      }
      default:
        return this.#remember(conversation, await this.#bot.run('ask', args, requester));
    }
  }

  /** The next page of the conversation's last answer, or a note that there is none. */
  async #more(conversation: string, context: ThreadContext | undefined): Promise<BotReply> {
    if (!context) return this.#votable(noteReply('There is no earlier answer here to show more of: ask a question first.'), 'more');
    const first = context.shown;
    const answered = context.answered ?? context.passages.length;
    // A page holds the answer's own passages or related ones, never both, so its label is true of all it shows.
    const end = first < answered ? Math.min(first + this.#pageSize, answered) : first + this.#pageSize;
    const page = context.passages.slice(first, end);
    if (page.length === 0) {
      const about = context.question === undefined ? '' : context.command === 'ask' ? ` for "${context.question}"` : ' for this search';
      return this.#votable(noteReply(`That was all: there are no more passages${about}.`, context), context.question ?? context.heading ?? context.command);
    }
    const shown = first + page.length;
    await this.#save(conversation, { ...context, shown });
    const answerId = await this.#saveAnswer(context.question ?? context.heading ?? context.command, page, context.refused);
    return {
      ...askedAbout(context),
      ...(context.heading !== undefined && { heading: context.heading }),
      lines: [],
      quotes: page,
      refused: context.refused,
      ...((context.related || first >= answered) && { quotesAreRelated: true }),
      json: { question: context.question, passages: page },
      page: { first: first + 1, last: shown, total: context.passages.length },
      ...(answerId !== undefined && { answerId }),
    };
  }

  /** Keeps an answer as the conversation's last exchange and returns its first page, with an id to vote on. */
  async #remember(conversation: string, reply: BotReply): Promise<BotReply> {
    if (reply.private || reply.failed || !resolveCommand(reply.command).keptInConversation) return reply;
    const own = reply.quotes.slice(0, MAX_CONTEXT_PASSAGES);
    const question = reply.answeredQuestion ?? reply.echo;
    const further = reply.command === 'ask' && own.length > 0 && question !== undefined ? await this.#furtherPassages(question, own) : [];
    const passages = [...own, ...further];
    const shown = Math.min(this.#pageSize, own.length);
    await this.#save(conversation, {
      command: reply.command,
      ...(question !== undefined && { question }),
      ...(reply.heading !== undefined && { heading: reply.heading }),
      passages,
      ...(further.length > 0 && { answered: own.length }),
      shown,
      related: reply.quotesAreRelated === true,
      refused: reply.refused,
    });
    const answerId = await this.#saveAnswer(question ?? reply.heading ?? reply.command, passages.slice(0, shown), reply.refused);
    return {
      ...reply,
      quotes: passages.slice(0, shown),
      ...(passages.length > shown && { page: { first: 1, last: shown, total: passages.length } }),
      ...(answerId !== undefined && { answerId }),
    };
  }

  /** A reply without passages (a hint, a note) with an id to vote on too: every reply in a conversation can be voted on. */
  async #votable(reply: BotReply, question: string): Promise<BotReply> {
    const answerId = await this.#saveAnswer(question, [], reply.refused);
    return answerId === undefined ? reply : { ...reply, answerId };
  }

  /**
   * The story's next-best passages for a question, beyond the answer's own (none of the same paragraph), for "more".
   * A second search after the answer's: it waits for the event loop first, so the two are separate tasks and
   * acknowledgements due meanwhile are not held up behind both (each is about 0.1 s at 100,000 paragraphs).
   */
  async #furtherPassages(question: string, own: BotReply['quotes']): Promise<BotReply['quotes']> {
    const taken = new Set(own.map((p) => `${p.doc}:${p.paragraph}`));
    const room = Math.min(FURTHER_PASSAGES, MAX_CONTEXT_PASSAGES - own.length);
    if (room <= 0) return [];
    await yieldToEventLoop();
    return this.#bot.engine
      .search(question, room + own.length)
      .passages.filter((p) => !taken.has(`${p.doc}:${p.paragraph}`))
      .slice(0, room);
  }

  async #load(conversation: string): Promise<ThreadContext | undefined> {
    try {
      return contextFromJson(await this.#store.getThread(threadKey(conversation)));
    } catch (error) {
      // Without its context a message is answered on its own: worse, but an answer.
      this.#logger.warn({ err: error }, 'conversation: could not read the thread context');
      return undefined;
    }
  }

  async #save(conversation: string, context: ThreadContext): Promise<void> {
    try {
      await this.#store.putThread(threadKey(conversation), contextToJson(context), this.#ttlMs);
    } catch (error) {
      this.#logger.warn({ err: error }, 'conversation: could not keep the thread context');
    }
  }

  async #saveAnswer(question: string, passages: BotReply['quotes'], refused: boolean): Promise<string | undefined> {
    const answerId = randomBytes(8).toString('hex');
    try {
      await saveAnswer(this.#store, answerId, { question, citations: passages.map((p) => ({ doc: p.doc, paragraph: p.paragraph })), refused });
      return answerId;
    } catch (error) {
      // An answer that cannot be voted on still answers.
      this.#logger.warn({ err: error }, 'conversation: could not keep the answer for votes');
      return undefined;
    }
  }
}

/** The exchange a follow-up is read against: the last question asked (a search or status is not one). */
function previousExchange(context: ThreadContext | undefined): PreviousExchange | undefined {
  if (context?.command !== 'ask' || context.question === undefined) return undefined;
  return { question: context.question, quotes: context.passages.map((p) => p.quote) };
}

/** The refusal of a follow-up that has nothing to follow: the hint on how to ask. */
function hintReply(typed: string, hint: string): BotReply {
  return { command: 'ask', echo: typed, lines: [hint], quotes: [], refused: true, json: { question: typed, answered: false, reason: hint, passages: [] } };
}

/** A short note about "more" (nothing earlier, or nothing left), saying what it continues when there was something. */
function noteReply(note: string, context?: ThreadContext): BotReply {
  return { ...(context ? askedAbout(context) : { command: 'ask' }), lines: [note], quotes: [], refused: false, json: { note } };
}

/**
 * What a later page says it continues: a question is echoed as the question answered; search terms are echoed
 * as search terms (labelled by the search command), never passed off as a question.
 */
function askedAbout(context: ThreadContext): Pick<BotReply, 'command' | 'answeredQuestion' | 'echo'> {
  if (context.question === undefined) return { command: context.command };
  return context.command === 'ask' ? { command: 'ask', answeredQuestion: context.question } : { command: context.command, echo: context.question };
}
