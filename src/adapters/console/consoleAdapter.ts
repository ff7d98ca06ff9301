import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatBot } from '../../bot/chatBot.ts';
import { apologyReply } from '../../bot/bot.ts';
import type { AdapterState, ChatAdapter } from '../types.ts';
import { renderText } from './renderText.ts';

/** Streams and text of a console chat; tests swap the streams. */
export interface ConsoleOptions {
  input: Readable;
  output: Writable & { columns?: number };
  /** Printed once at start. */
  banner?: string;
  /** Show a prompt (only when a person types: input is a terminal). */
  prompt?: boolean;
  /** The input is a terminal: readline's line editing and history (arrow keys, Ctrl-R), Ctrl-C quits. */
  terminal?: boolean;
}

/** The prompt of the console chat. */
const PROMPT = 'isf> ';
/** Lines of input history kept in a terminal session (readline's default is 30; a reading session asks more). */
const HISTORY_SIZE = 500;
/** Input lines that end the session, typed or piped. */
const EXIT_WORDS = new Set(['exit', 'quit']);

/** The banner of the console chat: what it is, the corpus files skipped (one readable line), and how to connect the chat platforms. */
export function consoleBanner(documents: number, passages: number, skipped?: string): string {
  return [
    `isf-bot console: ${documents} ${documents === 1 ? 'story' : 'stories'}, ${passages} ${passages === 1 ? 'paragraph' : 'paragraphs'}.`,
    ...(skipped === undefined ? [] : [skipped]),
    'Type a question, or /isf status, /isf search <terms>, /isf sources, /isf help. Ctrl-D or "exit" quits.',
    'To connect Slack, set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode);',
    'for Discord, set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example and the README), then run npm start again.',
    '',
  ].join('\n');
}

/** A local chat on a pair of streams: every line is a question or an /isf command; ends with the input or "exit". */
export function createConsoleAdapter(bot: ChatBot, options: ConsoleOptions): ChatAdapter & { closed: Promise<void> } {
  let state: AdapterState = 'starting';
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let lines: ReturnType<typeof createInterface> | undefined;

  const write = (text: string) => options.output.write(text);

  return {
    name: 'console',
    get state() {
      return state;
    },
    closed,
    async start() {
      if (options.banner) write(options.banner);
      const terminal = Boolean(options.terminal);
      const rl = createInterface({
        input: options.input,
        ...(terminal && { output: options.output, terminal: true, historySize: HISTORY_SIZE, prompt: PROMPT }),
        terminal,
        crlfDelay: Infinity,
      });
      lines = rl;
      const prompt = () => {
        if (ended || !options.prompt) return;
        if (terminal) rl.prompt();
        else write(PROMPT);
      };
      // A document's full source is shown with its first quote of the session; later quotes cite `¶N · doc-id`.
      const shownSources = new Set<string>();
      const textOptions = () => ({ shownSources, ...(terminal && options.output.columns !== undefined && { width: options.output.columns }) });
      // Once "exit" is read, the lines readline has already split from the same input are dropped.
      let ended = false;
      const end = () => {
        ended = true;
        rl.close();
      };
      // Replies may come as promises (a FairUseBot): chain them so answers print in the order asked.
      let answered: Promise<void> = Promise.resolve();
      rl.on('line', (line) => {
        if (ended) return;
        const text = line.trim();
        if (EXIT_WORDS.has(text.toLowerCase())) return end();
        answered = answered.then(async () => {
          if (text !== '') {
            try {
              // The session is one conversation: "and China?", "why?" and "more" follow the last answer.
              write(renderText(await bot.runText(text, { platform: 'console', userId: 'console', conversation: 'console' }), textOptions()) + '\n');
            } catch {
              write(renderText(apologyReply('ask'), textOptions()) + '\n');
            }
          }
          prompt();
        });
      });
      rl.on('SIGINT', end);
      rl.on('close', () => {
        ended = true;
        void answered.then(() => {
          state = 'stopped';
          if (options.prompt) write('\n');
          resolveClosed();
        });
      });
      state = 'connected';
      prompt();
    },
    async stop() {
      lines?.close();
      await closed;
      return { unsent: 0 };
    },
  };
}
