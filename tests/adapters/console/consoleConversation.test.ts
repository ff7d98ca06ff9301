import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/consoleAdapter.ts';
import { Bot } from '../../../src/bot/bot.ts';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { storyEngine } from '../../search/storyEngine.ts';

describe('console conversation', () => {
  it('reads "and China?" as a follow-up of the session, names the question in italics, and "more" continues the last answer', async () => {
    const bot = new ConversationBot(new Bot(await storyEngine(), silentLogger), { store: new MemoryStore(), logger: silentLogger });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const chat = createConsoleAdapter(bot, { input, output });
    await chat.start();
    input.end('How did Pakistan vote on the UN resolution?\nand China?\nsearch Pakistan troops\nmore\n');
    await chat.closed;
    const [, afterFollowUp] = printed.split('_How did China vote on the UN resolution?_');
    expect(afterFollowUp).toBeDefined();
    expect(afterFollowUp).toMatch(/¶(10|17)\b/);
    expect(printed).toMatch(/Passages 1–3 of \d+\. Type "more" for the next\./);
    expect(printed).toMatch(/Passages? 4(–\d+)? of \d+\./);
  });
});
