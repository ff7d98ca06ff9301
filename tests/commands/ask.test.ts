import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../commands/ask.ts';
import { findCommand } from '../../commands/index.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Answer } from '../../src/search/types.ts';
import { expectWellFormedAnswer, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

let bot: Bot;
let file: StoryFile;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
  file = await readStoryFile();
});

describe('ask command', () => {
  it('answers with cited quotes and echoes the question', () => {
    const reply = bot.run('ask', { question: 'How many troops has Pakistan sent to UN missions?' });
    expectBotReplyShape(reply, 'ask');
    expect(reply).toMatchObject({ refused: false, echo: 'How many troops has Pakistan sent to UN missions?', lines: [] });
    expect(reply.quotes[0]!.quote).toContain('200,000');
    expectWellFormedAnswer(reply.json as Answer, file);
  });

  it('refuses with the reason as its only line, and related passages flagged', () => {
    const reply = bot.run('ask', { question: 'What did Netanyahu say about the ISF?' });
    expectBotReplyShape(reply, 'ask');
    expect(reply.refused).toBe(true);
    expect(reply.lines).toEqual(["The story doesn't mention Netanyahu."]);
    expect(reply.quotesAreRelated).toBe(true);
    for (const q of reply.quotes) expect(q.related).toBe(true);
  });

  it('refuses a missing or non-text question instead of failing', () => {
    for (const args of [{}, { question: true }, { question: '' }]) {
      const reply = bot.run('ask', args);
      expectBotReplyShape(reply, 'ask');
      expect(reply.refused).toBe(true);
      expect(reply.lines[0]).toMatch(/empty/);
    }
  });

  it('declares a required question option with the length limit and autocomplete', () => {
    const question = findCommand('ask')!.options.find((o) => o.name === 'question');
    expect(question).toMatchObject({ type: 'string', required: true, maxLength: MAX_QUESTION_LENGTH, autocomplete: true });
  });
});
