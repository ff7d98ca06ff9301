import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/consoleAdapter.ts';
import { Bot } from '../../../src/bot/bot.ts';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { storyEngine } from '../../support/storyEngine.ts';

/** Types the lines into one console session over the shipped story and returns its replies, one string each. */
async function session(lines: string[]): Promise<string[]> {
  const bot = new ConversationBot(new Bot(await storyEngine(), silentLogger), { store: new MemoryStore(), logger: silentLogger });
  const input = new PassThrough();
  // The adapter writes each reply in one piece: keep them apart.
  const replies: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      replies.push(chunk.toString('utf8'));
      done();
    },
  });
  const chat = createConsoleAdapter(bot, { input, output });
  await chat.start();
  input.end(lines.map((line) => `${line}\n`).join(''));
  await chat.closed;
  return replies;
}

const cited = (text: string): string[] => [...text.matchAll(/¶(\d+)/g)].map((m) => m[1]!);

describe('console conversation', () => {
  it('reads "and China?" as a follow-up of the session, names the question in italics, and "more" continues the last answer', async () => {
    const replies = await session(['How did Pakistan vote on the UN resolution?', 'and China?', 'search Pakistan troops', 'more']);
    expect(replies).toHaveLength(4);
    const [, china, search, more] = replies as [string, string, string, string];
    expect(china.trim().split('\n')[0]).toBe('_How did China vote on the UN resolution?_');
    expect(china).toMatch(/¶(10|17)\b/);
    expect(search).toMatch(/Passages 1–3 of \d+\. Type "more" for the next\./);
    expect(more).toMatch(/Passages? 4(–\d+)? of \d+\./);
    for (const n of cited(more)) expect(cited(search)).not.toContain(n);
  });

  it('refuses a follow-up with nothing to follow with a hint, and answers a question that stands on its own on its own', async () => {
    const replies = await session(['and China?', 'How did Pakistan vote on the UN resolution?', 'How many troops has Pakistan sent to UN missions?']);
    expect(replies).toHaveLength(3);
    const [orphan, , standalone] = replies as [string, string, string];
    expect(orphan).toMatch(/no earlier question here to follow/);
    expect(orphan).not.toMatch(/¶\d+/);
    expect(standalone.trim()).not.toMatch(/^_/);
    expect(standalone).toMatch(/¶13\b/);
  });

  it('cuts the status brief into pages and "more" shows the rest of it, under its heading', async () => {
    const [brief, rest] = (await session(['status', 'more'])) as [string, string];
    expect(brief).toMatch(/Passages 1–3 of \d+\. Type "more" for the next\./);
    expect(rest).toMatch(/Passages? 4(–\d+)? of \d+\./);
    expect(rest.split('\n')[0]).toBe(brief.split('\n')[0]);
    for (const n of cited(rest)) expect(cited(brief)).not.toContain(n);
  });
});
