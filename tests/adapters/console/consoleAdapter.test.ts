import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleBanner, createConsoleAdapter } from '../../../src/adapters/console/consoleAdapter.ts';
import { Bot } from '../../../src/bot/bot.ts';
import type { ChatBot } from '../../../src/bot/chatBot.ts';
import type { BotReply } from '../../../commands/reply.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { Engine } from '../../../src/search/engine.ts';
import { readStoryFile, storyEngine, type StoryFile } from '../../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
});

/** A console chat over in-memory streams, with everything it printed so far. */
function chatOn(bot: ChatBot, options: { prompt?: boolean; banner?: string } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const chat = createConsoleAdapter(bot, { input, output, ...options });
  return { chat, input, printed: () => printed };
}

describe('consoleBanner', () => {
  it('says what is loaded and how to connect Slack and Discord', () => {
    const banner = consoleBanner(1, 20);
    expect(banner).toContain('1 story, 20 paragraphs');
    expect(banner).toContain('Slack');
    expect(banner).toContain('Discord');
    expect(banner).toContain('SLACK_BOT_TOKEN');
    expect(banner).toContain('DISCORD_TOKEN');
    expect(consoleBanner(2, 5)).toContain('2 stories');
  });
});

describe('createConsoleAdapter', () => {
  it('prints the banner, answers a question and /isf status with quotes and ¶ citations, and closes when input ends', async () => {
    const bot = new Bot(engine, silentLogger);
    const { chat, input, printed } = chatOn(bot, { banner: consoleBanner(1, engine.passageCount) });
    expect(chat.name).toBe('console');
    await chat.start();
    expect(chat.state).toBe('connected');
    expect(printed()).toContain('Slack');
    expect(printed()).toContain('Discord');
    input.write('How many troops has Pakistan sent to UN missions?\n');
    input.end('/isf status\n');
    await chat.closed;
    expect(chat.state).toBe('stopped');
    const out = printed();
    const answerAt = out.indexOf('200,000');
    const statusAt = out.indexOf('Where the story stands');
    expect(answerAt).toBeGreaterThan(0);
    expect(statusAt).toBeGreaterThan(answerAt);
    expect(out).toContain(`— ¶13 · isf-pakistan-troops\n      ${file.front.title} · ${file.front.source}`);
    // The full source once per session: the status quotes after the answer cite only ¶N and the story's id.
    expect(out.split(file.front.title!).length - 1).toBe(2); // the status heading, and the first citation
    const statusPart = out.slice(statusAt);
    for (const line of engine.status().lines) {
      expect(statusPart).toContain(line.quote);
      expect(statusPart).toContain(`¶${line.paragraph}`);
    }
  });

  it('stops at "exit" and ignores the lines after it', async () => {
    const { chat, input, printed } = chatOn(new Bot(engine, silentLogger));
    await chat.start();
    input.write('exit\n');
    await chat.closed;
    input.end('/isf sources\n');
    expect(printed()).not.toContain('One story');
  });

  it('skips blank lines and shows a prompt only when asked to', async () => {
    const quiet = chatOn(new Bot(engine, silentLogger));
    await quiet.chat.start();
    quiet.input.end('\n   \n');
    await quiet.chat.closed;
    expect(quiet.printed()).toBe('');

    const prompting = chatOn(new Bot(engine, silentLogger), { prompt: true });
    await prompting.chat.start();
    prompting.input.end('/isf help\n');
    await prompting.chat.closed;
    expect(prompting.printed().startsWith('isf> ')).toBe(true);
    expect(prompting.printed().match(/isf> /g)).toHaveLength(2);
  });

  it('prints answers in the order asked when the bot answers asynchronously', async () => {
    const slowFirst: ChatBot = {
      engine,
      run: () => {
        throw new Error('not used');
      },
      runText: (text) =>
        new Promise<BotReply>((resolve) =>
          setTimeout(() => resolve({ command: 'ask', heading: `answer to ${text}`, lines: [], quotes: [], refused: false, json: {} }), text === 'first' ? 30 : 0),
        ),
    };
    const { chat, input, printed } = chatOn(slowFirst);
    await chat.start();
    input.end('first\nsecond\n');
    await chat.closed;
    expect(printed().indexOf('answer to first')).toBeLessThan(printed().indexOf('answer to second'));
    expect(printed()).toContain('answer to second');
  });

  it('apologizes and goes on when the bot fails', async () => {
    let calls = 0;
    const failing: ChatBot = {
      engine,
      run: () => {
        throw new Error('not used');
      },
      runText: () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return { command: 'help', heading: 'still here', lines: [], quotes: [], refused: false, json: {} };
      },
    };
    const { chat, input, printed } = chatOn(failing);
    await chat.start();
    input.end('one\ntwo\n');
    await chat.closed;
    expect(printed()).toMatch(/^Sorry, something went wrong/);
    expect(printed()).not.toContain('boom');
    expect(printed()).toContain('still here');
  });

  it('stop() ends the chat and resolves once closed', async () => {
    const { chat } = chatOn(new Bot(engine, silentLogger));
    await chat.start();
    await chat.stop();
    await chat.closed;
    expect(chat.state).toBe('stopped');
  });
});
