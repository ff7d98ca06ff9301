import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../../src/app/startBot.ts';
import { captureLog } from '../../support/captureLog.ts';
import { quietConsole, testConfig } from '../../support/startBotHelpers.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';
import { BOT_TOKEN, MAX_VIEW_BLOCKS, SIGNING_SECRET, startFakeSlack, type ApiCall, type FakeSlack } from './fakeSlack.ts';
import { corpusText, quotesOf, unescape, type WireBlock } from './helpers.ts';

const NEW_STORY = `---
title: "A second story about the stabilization force"
source: "Test wire"
published: 2026-01-05
---

Jordan said on Monday that it would not send soldiers to the stabilization force.

Officials in Amman gave no timetable for a review of that decision.
`;

describe('Slack Home tab (app_home_opened → views.publish), refreshed when the corpus changes', () => {
  let fake: FakeSlack;
  let running: RunningBot;
  let corpusDir: string;
  let eventsUrl: string;
  let story: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    story = await corpusText();
    corpusDir = await makeTempDir('isf-home-');
    await cp('corpus', corpusDir, { recursive: true });
    const config = testConfig({ CORPUS_DIR: corpusDir, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    running = await startBot(config, captureLog().logger, { ...quietConsole(), reloadDebounceMs: 50 });
    eventsUrl = `http://127.0.0.1:${running.healthPorts[0]}/slack/events`;
  });

  afterAll(async () => {
    await running?.stop();
    await fake?.close();
    await removeTempDirs();
  });

  const publishesTo = (user: string): ApiCall[] => fake.callsOf('views.publish').filter((c) => c.args.user_id === user);
  const blocksOf = (call: ApiCall): WireBlock[] => (call.args.view as { blocks: WireBlock[] }).blocks;
  const textOf = (call: ApiCall): string => unescape(JSON.stringify(blocksOf(call)));

  async function openHome(user: string, tab: 'home' | 'messages' = 'home'): Promise<void> {
    const http = await fake.sendEvent(eventsUrl, { type: 'app_home_opened', user, channel: 'D0HOME', tab, event_ts: `${Date.now() / 1000}` });
    expect(http.status).toBe(200);
  }

  it('publishes the status brief (every line, verbatim and cited) and the sources to whoever opens the Home tab', async () => {
    await openHome('U0HOME');
    const [call] = await fake.waitFor(() => publishesTo('U0HOME').length > 0 && publishesTo('U0HOME'), 'the Home tab');
    expect(call!.result).toMatchObject({ ok: true });
    expect((call!.args.view as { type: string }).type).toBe('home');
    const blocks = blocksOf(call!);
    expect(blocks.length).toBeLessThanOrEqual(MAX_VIEW_BLOCKS);
    const brief = running.bot.engine.status();
    const quotes = quotesOf(blocks);
    expect(quotes.map((q) => q.quote)).toEqual(brief.lines.map((l) => l.quote));
    for (const q of quotes) {
      expect(story).toContain(q.quote);
      expect(q.citation).toMatch(/¶\d+/);
    }
    const [source] = running.bot.engine.sources();
    expect(textOf(call!)).toContain(`${source!.paragraphs} paragraphs`);
    expect(textOf(call!)).toMatch(/One story in the corpus/);
    expect(JSON.stringify(blocks)).not.toMatch(/<@|<!/);
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    await openHome('U0MESSAGES', 'messages');
    // A Home open sent after it is published; the Messages one before it never is.
    await openHome('U0AFTER');
    await fake.waitFor(() => publishesTo('U0AFTER').length > 0, 'the later Home tab');
    expect(publishesTo('U0MESSAGES')).toEqual([]);
  });

  it('publishes the Home tab again, with the new sources, when a story is added to the corpus', async () => {
    const before = publishesTo('U0HOME').length;
    await writeFile(join(corpusDir, 'second-story.md'), NEW_STORY);
    expect(await running.reload('test')).toBe(true);
    const refreshed = await fake.waitFor(() => publishesTo('U0HOME')[before], 'the refreshed Home tab', 10_000);
    expect(textOf(refreshed)).toMatch(/2 stories in the corpus/);
    expect(textOf(refreshed)).toContain('A second story about the stabilization force');
    // Opened afterwards, it shows the new corpus too.
    await openHome('U0LATER');
    const later = await fake.waitFor(() => publishesTo('U0LATER')[0], 'a Home tab after the reload');
    expect(textOf(later)).toMatch(/2 stories in the corpus/);
  });
});
