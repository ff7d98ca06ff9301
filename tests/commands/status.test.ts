import { beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import type { StatusBrief } from '../../src/search/types.ts';
import { expectCitedFromStory, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

let bot: Bot;
let file: StoryFile;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
  file = await readStoryFile();
});

describe('status command', () => {
  it('quotes 3 to 6 cited lines of the story under a heading naming it', () => {
    const reply = bot.run('status', {});
    expectBotReplyShape(reply, 'status');
    expect(reply.refused).toBe(false);
    expect(reply.heading).toContain(file.front.title);
    expect(reply.quotes.length).toBeGreaterThanOrEqual(3);
    expect(reply.quotes.length).toBeLessThanOrEqual(6);
    for (const quote of reply.quotes) expectCitedFromStory(quote, file);
  });

  it('carries the status brief as its JSON', () => {
    const reply = bot.run('status', {});
    const brief = reply.json as StatusBrief;
    expect(brief.lines).toEqual(reply.quotes);
    expect(brief.doc).toBe(reply.quotes[0]!.doc);
  });
});
