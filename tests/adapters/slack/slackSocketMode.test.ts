import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import { renderSlackBlocks } from '../../../src/adapters/slack/renderSlackBlocks.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { corpusText, LIVE_MENTION, quotesOf, shareButtonOf, type WireBlock } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN peacekeeping missions?';

describe('Slack adapter in Socket Mode (real Bolt App against a fake Slack WebSocket)', () => {
  let fake: FakeSlack;
  let bot: Bot;
  let adapter: SlackAdapter;
  let story: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = (await loadStoryBot()).bot;
    story = await corpusText();
    adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, mode: 'socket', apiUrl: fake.apiUrl }, bot, captureLog().logger);
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  function expectVerbatimQuotes(blocks: WireBlock[]): void {
    const quotes = quotesOf(blocks);
    expect(quotes.length).toBeGreaterThan(0);
    for (const { quote, citation } of quotes) {
      expect(story).toContain(quote);
      expect(citation).toMatch(/¶\d+/);
    }
  }

  it('opens its connection with the app token and is connected once Slack says hello', () => {
    expect(fake.callsOf('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expect(fake.callsOf('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    expect(fake.openSockets).toBe(1);
    expect(adapter.state).toBe('connected');
    expect(adapter.port).toBeUndefined();
  });

  it.each([['status'], [`ask ${QUESTION}`], [QUESTION], ['search Security Council']])('acks the envelope of /isf %s at once, then answers privately with cited quotes', async (text) => {
    const { id, url } = fake.newResponseUrl();
    const { ack, ms } = await fake.sendEnvelope('slash_commands', fake.slashCommandFields(text, { responseUrl: url }));
    expect(ack).toEqual({});
    expect(ms).toBeLessThan(3000);
    const [post] = await fake.responsesTo(id);
    expect(post!.body.response_type).toBe('ephemeral');
    expectVerbatimQuotes(post!.body.blocks as WireBlock[]);
    expect(post!.body.blocks).toEqual(renderSlackBlocks(bot.runText(text), { shareCommandText: text }).blocks);
  });

  it.each([['sources'], ['help'], ['']])('answers /isf %j as the bot does', async (text) => {
    const { id, url } = fake.newResponseUrl();
    await fake.sendEnvelope('slash_commands', fake.slashCommandFields(text, { responseUrl: url }));
    const [post] = await fake.responsesTo(id);
    const reply = bot.runText(text);
    expect(post!.body.blocks).toEqual(renderSlackBlocks(reply, reply.command === 'help' ? {} : { shareCommandText: text }).blocks);
  });

  it('shares an answer through the interactive envelope of the button', async () => {
    const asked = fake.newResponseUrl();
    await fake.sendEnvelope('slash_commands', fake.slashCommandFields(`ask ${QUESTION}`, { responseUrl: asked.url }));
    const [answer] = await fake.responsesTo(asked.id);
    const button = shareButtonOf(answer!.body.blocks as WireBlock[])!;

    const clicked = fake.newResponseUrl();
    const { ack } = await fake.sendEnvelope('interactive', fake.blockActions(button, { userId: 'U0SHARER', channelId: 'C0GENERAL', responseUrl: clicked.url }));
    expect(ack).toEqual({});
    const [shared, removed] = await fake.responsesTo(clicked.id, 2);
    expect(shared!.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared!.body.blocks)).toContain('Shared by sharer');
    for (const message of [...fake.responses, ...fake.calls]) expect(JSON.stringify(message)).not.toMatch(LIVE_MENTION);
    expect(quotesOf(shared!.body.blocks as WireBlock[])).toEqual(quotesOf(answer!.body.blocks as WireBlock[]));
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('answers a mention in a thread with chat.postMessage', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const ts = '1700001000.000100';
    await fake.sendEnvelope('events_api', fake.eventCallback({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL' }));
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer to the mention');
    expect(post.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: ts });
    expectVerbatimQuotes(post.args.blocks as WireBlock[]);
  });

  it('answers a direct message in the DM', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEnvelope('events_api', fake.eventCallback({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'status', ts: '1700001100.000100', channel: 'D0DIRECT' }));
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer to the DM');
    expect(post.args.channel).toBe('D0DIRECT');
    expectVerbatimQuotes(post.args.blocks as WireBlock[]);
  });

  it('escapes a question full of broadcast mentions', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEnvelope('events_api', fake.eventCallback({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> <!everyone> <!channel> <!here> ${QUESTION}`, ts: '1700001200.000100', channel: 'C0GENERAL' }));
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer');
    const json = JSON.stringify(post.args);
    for (const token of ['<!everyone>', '<!channel>', '<!here>']) expect(json).not.toContain(token);
    expect(json).toContain('&lt;!channel&gt;');
  });
});

describe('Socket Mode shutdown', () => {
  it('closes its WebSocket on stop and leaves nothing open', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, mode: 'socket', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, captureLog().logger);
    await adapter.start();
    expect(fake.openSockets).toBe(1);
    await adapter.stop();
    expect(adapter.state).toBe('stopped');
    await fake.waitFor(() => fake.socketsClosed === 1, 'the socket to close');
    expect(fake.openSockets).toBe(0);
    await fake.close();
  });

  it('fails to start with a clear message when the app token is refused', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: 'xapp-wrong', mode: 'socket', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, captureLog().logger);
    try {
      await expect(adapter.start()).rejects.toThrow(/^SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
      expect(fake.openSockets).toBe(0);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});
