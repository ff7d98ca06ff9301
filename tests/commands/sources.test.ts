import { beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import type { SourceSummary } from '../../src/search/types.ts';
import { STORY_ID } from '../support/shippedStory.ts';
import { readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

let bot: Bot;
let file: StoryFile;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
  file = await readStoryFile();
});

describe('sources command', () => {
  it('lists the one story with its title, source, date, paragraph count and id', () => {
    const reply = bot.run('sources', {});
    expectBotReplyShape(reply, 'sources');
    expect(reply).toMatchObject({ refused: false, quotes: [], heading: 'One story in the corpus' });
    expect(reply.lines).toHaveLength(1);
    for (const part of [file.front.title, file.front.source, file.front.published, '20 paragraphs', `id ${STORY_ID}`]) {
      expect(reply.lines[0]).toContain(part);
    }
  });

  it('carries the sources as its JSON', () => {
    const sources = bot.run('sources', {}).json as SourceSummary[];
    expect(sources).toEqual([{ doc: STORY_ID, title: file.front.title, source: file.front.source, published: file.front.published, paragraphs: 20 }]);
  });
});
