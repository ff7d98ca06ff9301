import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS_LENGTH } from '../../commands/search.ts';
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

  it('reads at most MAX_SEARCH_TERMS_LENGTH characters of terms, as a question is cut (a pasted page costs no more)', async () => {
    const engine = await storyEngine();
    const seen: string[] = [];
    const recording = new Bot({ ...engine, search: (terms, limit) => (seen.push(terms), engine.search(terms, limit)) }, silentLogger);
    const reply = recording.run('search', { terms: 'Security Council '.repeat(400) });
    expect(reply.refused).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS_LENGTH);
    expect(seen[0]).toMatch(/^Security Council/);
  });

  it('asks for words when given none', () => {
    expect(bot.run('search', {}).lines[0]).toMatch(/words/);
  });
});
