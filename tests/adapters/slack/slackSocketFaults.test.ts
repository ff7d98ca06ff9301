// Issue 13 item 10 in Socket Mode: malformed envelopes from the socket (a null payload, an app_mention without
// text, an interaction without actions) are acknowledged, answered where there is something to answer, and
// leave the bot serving, with no error in a listener and no unhandled rejection (which fails a vitest run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { APP_TOKEN, BOT_TOKEN, startFakeSlack, TEAM_ID, type FakeSlack } from './fakeSlack.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';

describe('Slack Socket Mode against malformed envelopes (real Bolt App, fake Slack WebSocket)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  const log = captureLog();

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, mode: 'socket', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, log.logger);
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  const errors = () => log.lines().filter((line) => Number(line.level) >= 50);

  it.each([
    ['a slash command with a null payload', 'slash_commands', null],
    ['a slash command with no fields', 'slash_commands', {}],
    ['an event envelope with a null payload', 'events_api', null],
    ['an event envelope without an event', 'events_api', { type: 'event_callback', team_id: TEAM_ID }],
    ['an interaction with a null payload', 'interactive', null],
    ['a block action without actions', 'interactive', { type: 'block_actions', team: { id: TEAM_ID }, user: { id: 'U0X' } }],
  ] as const)('acknowledges %s and logs no error', async (_what, type, payload) => {
    const { ack } = await fake.sendEnvelope(type, payload);
    expect(ack).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors()).toEqual([]);
  });

  it('answers an app_mention without text with help, and still answers the next question', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEnvelope('events_api', fake.eventCallback({ type: 'app_mention', user: 'U0CHAOS', channel: 'C0GENERAL', ts: '1700000000.000100' }));
    await fake.waitFor(() => fake.callsOf('chat.postMessage').length > before, 'a reply to the empty mention');
    await fake.sendEnvelope('events_api', fake.eventCallback({ type: 'app_mention', user: 'U0CHAOS', channel: 'C0GENERAL', ts: '1700000000.000200', text: '<@U0BOT> How many troops has Pakistan sent to UN peacekeeping missions?' }));
    await fake.waitFor(() => fake.callsOf('chat.postMessage').length > before + 1, 'the answer to the next mention');
    expect(errors()).toEqual([]);
  });
});
