// Fair use as Slack users meet it: the real Bolt App against the fake Slack, with the core's FairUseBot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { BOT_USER_ID, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { quotesOf, shareButtonOf, startHttpAdapter, type WireBlock } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN peacekeeping missions?';
const NOTE = /^You're asking faster than 2 questions a minute; try again in \d+ s\.$/;

describe('Slack: a user over the rate limit (2 questions a minute here)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const log = captureLog();
    const bot = new FairUseBot((await loadStoryBot(log.logger)).bot, { rateLimitPerMinute: 2, maxConcurrent: 4, logger: log.logger, salt: 'test' });
    ({ adapter, eventsUrl } = await startHttpAdapter(fake, bot, log.logger));
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  async function slash(text: string, userId: string) {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendSlashCommand(eventsUrl, text, { responseUrl: url, userId });
    const [post] = await fake.responsesTo(id);
    return { http, body: post!.body, blocks: post!.body.blocks as WireBlock[], id };
  }

  it('gets a private note with the wait, acknowledged at once and without a share button; another user is answered', async () => {
    for (let i = 0; i < 2; i++) expect(quotesOf((await slash(QUESTION, 'U0FAST')).blocks).length).toBeGreaterThan(0);
    const limited = await slash(QUESTION, 'U0FAST');
    expect(limited.http.status).toBe(200);
    expect(limited.http.ms).toBeLessThan(3000);
    expect(limited.body.response_type).toBe('ephemeral');
    expect(String(limited.body.text)).toMatch(NOTE);
    expect(quotesOf(limited.blocks)).toEqual([]);
    expect(shareButtonOf(limited.blocks)).toBeUndefined();

    const other = await slash(QUESTION, 'U0OTHER');
    expect(quotesOf(other.blocks).length).toBeGreaterThan(0);
    // status does not count toward the limit.
    expect(quotesOf((await slash('status', 'U0FAST')).blocks).length).toBeGreaterThan(0);
  });

  it('answers a mention over the limit only to the asker (chat.postEphemeral, in the thread), never in the channel', async () => {
    const posts = () => fake.callsOf('chat.postMessage').length;
    for (const ts of ['1700003000.000100', '1700003001.000100']) {
      await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0MENTION', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL' });
      await fake.waitFor(() => fake.callsOf('chat.postMessage').find((c) => c.args.thread_ts === ts), 'the answer');
    }
    const before = posts();
    const ts = '1700003002.000100';
    await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0MENTION', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL' });
    const note = await fake.waitFor(() => fake.callsOf('chat.postEphemeral').find((c) => c.args.thread_ts === ts), 'the private note');
    expect(note.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0MENTION' });
    expect(String(note.args.text)).toMatch(NOTE);
    expect(posts()).toBe(before);
  });

  it('keeps the private answer and says so privately when sharing it would go over the limit', async () => {
    const first = await slash(QUESTION, 'U0SHARER');
    await slash(QUESTION, 'U0SHARER');
    const button = shareButtonOf(first.blocks)!;
    const { id, url } = fake.newResponseUrl();
    await fake.sendBlockAction(eventsUrl, fake.blockActions(button, { userId: 'U0SHARER', channelId: 'C0GENERAL', responseUrl: url }));
    const [note] = await fake.responsesTo(id);
    expect(note!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(note!.body.text)).toMatch(NOTE);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(1); // no in_channel post, no delete_original
  });
});
