import { beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { expectCitedFromStory, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

let bot: Bot;
let file: StoryFile;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
  file = await readStoryFile();
});

describe('search command', () => {
  it('lists the passages that mention the terms, each quoted and cited', () => {
    const reply = bot.run('search', { terms: 'Security Council' });
    expectBotReplyShape(reply, 'search');
    expect(reply.refused).toBe(false);
    expect(reply.echo).toBe('Security Council');
    expect(reply.quotes.length).toBeGreaterThan(0);
    expect(reply.quotes.length).toBeLessThanOrEqual(5);
    for (const quote of reply.quotes) expectCitedFromStory(quote, file);
    expect(reply.quotes[0]!.quote).toContain('Security Council');
  });

  it('says so when nothing matches', () => {
    const reply = bot.run('search', { terms: 'zzzqqq' });
    expect(reply).toMatchObject({ refused: true, quotes: [] });
    expect(reply.lines[0]).toContain('zzzqqq');
  });

  it('asks for words when given none', () => {
    expect(bot.run('search', {}).lines[0]).toMatch(/words/);
  });
});
