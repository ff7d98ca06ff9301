// What the outside check does for conversations on Discord: `npm start` (node bin/isf.js start, a separate process)
// against the fake Discord; a mention, a reply to the answer read as a follow-up, the More button, votes, and then
// `isf report --json` on the same DATA_DIR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/corpus/types.ts';
import { runIsf, spawnIsf, type SpawnedIsf } from '../../support/spawnIsf.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';
import { APP_ID, BOT_USER, FakeDiscord, OTHER_HUMAN, TOKEN, visibleText } from './fakeDiscord.ts';
import { ANSWER_WAIT_MS, answerTo, ask, buttonId, citedParagraphs, click, hasMore, quotedText, type Json } from './conversationHelpers.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote } from './helpers.ts';

const EPHEMERAL = 64;

describe('npm start holds a Discord conversation (spawned process, real discord.js, fake Discord)', () => {
  let fake: FakeDiscord;
  let bot: SpawnedIsf;
  let corpus: Corpus;
  let dataDir: string;
  let chinaAnswer: Json;

  beforeAll(async () => {
    ({ corpus } = await loadStoryBot());
    fake = await FakeDiscord.start();
    dataDir = await makeTempDir('isf-discord-convo-');
    bot = spawnIsf(['start'], { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const deadline = Date.now() + 20_000;
    while (!bot.stderr().includes('discord connected')) {
      if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`the bot did not connect:\n${bot.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await removeTempDirs();
  });

  it('answers a mention, then reads a reply to the answer, "and China?", as a follow-up naming the question it answered', async () => {
    const first = await ask(fake, 'How did Pakistan vote on the UN resolution?');
    expectVerbatimCitedQuote(first, corpus);
    chinaAnswer = await answerTo(fake, 'and China?', { replyTo: first, mentions: [BOT_USER], author: OTHER_HUMAN });
    expect(chinaAnswer.content.split('\n')[0]).toBe('*How did China vote on the UN resolution?*');
    expectVerbatimCitedQuote(chinaAnswer, corpus);
    expect(citedParagraphs(chinaAnswer).some((n) => n === 10 || n === 17)).toBe(true);
  }, ANSWER_WAIT_MS * 2);

  it('pages with the More button, never repeating a passage, and says when none are left', async () => {
    const first = await ask(fake, 'search Pakistan troops');
    const shown = citedParagraphs(first);
    let page = first;
    while (hasMore(page)) {
      const next = await click(fake, page, buttonId(page, 'isf:more:'));
      page = fake.messageOf(next);
      expectVerbatimCitedQuote(page, corpus);
      for (const n of citedParagraphs(page)) expect(shown, `¶${n} shown twice`).not.toContain(n);
      shown.push(...citedParagraphs(page));
    }
    expect(shown.length).toBeGreaterThan(3);
    const done = await click(fake, first, buttonId(first, 'isf:more:'));
    expect(visibleText(done.body.data)).toMatch(/no more passages/);
    expect(quotedText(done.body.data)).toBe('');
  }, ANSWER_WAIT_MS * 4);

  it('acknowledges a 👎 privately with the optional reasons, takes a changed vote, and `isf report --json` lists the answer voted down', async () => {
    const down = await click(fake, chinaAnswer, buttonId(chinaAnswer, 'isf:vote:down:'));
    expect(down.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(down.body.data.content).toMatch(/👎/);
    expect(FakeDiscord.buttonIds(fake.messageOf(down))).toHaveLength(3);
    const up = await click(fake, chinaAnswer, buttonId(chinaAnswer, 'isf:vote:up:'));
    expect(up.body.data.content).toMatch(/changed to 👍/);
    const again = await click(fake, chinaAnswer, buttonId(chinaAnswer, 'isf:vote:down:'));
    expect(again.body.data.content).toMatch(/changed to 👎/);

    const report = await runIsf(['report', '--json'], { DATA_DIR: dataDir });
    expect(report.code, report.stderr).toBe(0);
    const { downVotes } = JSON.parse(report.stdout) as { downVotes: { question: string; citations: { paragraph: number }[]; downVotes: number }[] };
    const listed = downVotes.find((v) => v.question === 'How did China vote on the UN resolution?');
    expect(listed).toBeDefined();
    expect(listed!.downVotes).toBe(1);
    expect(listed!.citations.some((c) => c.paragraph === 10 || c.paragraph === 17)).toBe(true);
  }, ANSWER_WAIT_MS * 4);

  it('sends every message with allowed_mentions parsing nothing', () => {
    const messages = fake.messageRequests().filter((r) => r.body.type !== 5 && r.body.type !== 6);
    expect(messages.length).toBeGreaterThan(5);
    for (const r of messages) expect((r.body.data ?? r.body).allowed_mentions?.parse, r.path).toEqual([]);
  });
});
