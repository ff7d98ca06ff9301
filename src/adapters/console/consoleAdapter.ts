import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatBot } from '../../bot/chatBot.ts';
import { apologyReply } from '../../bot/bot.ts';
import type { AdapterState, ChatAdapter } from '../types.ts';
import { renderText } from './renderText.ts';

/** Streams and text of a console chat; tests swap the streams. */
export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Printed once at start. */
  banner?: string;
  /** Show a prompt (only when a person types: input is a terminal). */
  prompt?: boolean;
}

/** The banner of the console chat: what it is and how to connect the chat platforms. */
export function consoleBanner(documents: number, passages: number): string {
  return [
    `isf-bot console: ${documents} ${documents === 1 ? 'story' : 'stories'}, ${passages} paragraphs.`,
    'Type a question, or /isf status, /isf search <terms>, /isf sources, /isf help. Ctrl-D or "exit" quits.',
    'To connect Slack, set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode);',
    'for Discord, set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example and the README), then run npm start again.',
    '',
  ].join('\n');
}

/** A local chat on a pair of streams: every line is a question or an /isf command; ends with the input. */
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
      lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
      const prompt = () => options.prompt && write('isf> ');
      // Replies may come as promises (a FairUseBot): chain them so answers print in the order asked.
      let answered: Promise<void> = Promise.resolve();
      lines.on('line', (line) => {
        const text = line.trim();
        if (text === 'exit' || text === 'quit') {
          lines?.close();
          return;
        }
        answered = answered.then(async () => {
          if (text !== '') {
            try {
              write(renderText(await bot.runText(text, { platform: 'console', userId: 'console' })) + '\n');
            } catch {
              write(renderText(apologyReply('ask')) + '\n');
            }
          }
          prompt();
        });
      });
      lines.on('close', () => {
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
    },
  };
}
