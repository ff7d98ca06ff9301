import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import type { DiscordAdapter } from '../../../src/adapters/discord/discordAdapter.ts';
import { APP_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, HUMAN, type RecordedRequest } from './fakeDiscord.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote, startAdapter } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let bot: Bot;
let corpus: Corpus;
const log = captureLog('debug');
const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => void rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  ({ bot, corpus } = await loadStoryBot());
  fake = await FakeDiscord.start();
  adapter = await startAdapter(fake, bot, log.logger);
});

beforeEach(() => {
  log.clear();
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await adapter?.stop();
  await fake?.close();
});

const callbacksOf = (interaction: { id: string; token: string }): RecordedRequest[] => fake.requestsFor(interaction).filter((r) => r.path.endsWith('/callback'));
const linesAbout = (interaction: { id: string }) => log.lines().filter((l) => l.interaction === interaction.id);

describe('a Discord 429 on the interaction callback', () => {
  it('defers at once when the wait would pass the 3-second window, then edits the answer in', async () => {
    fake.failNextCallback({ status: 429, code: 0, message: 'You are being rate limited.', retryAfter: 2.5 });
    const sent = Date.now();
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(interaction.token) && r.path.endsWith('/messages/@original'), 8000);
    const callbacks = callbacksOf(interaction);
    expect(callbacks.map((c) => c.body?.type)).toEqual([4, 5]);
    expect(callbacks[1]!.at - sent).toBeLessThan(2500);
    expectVerbatimCitedQuote(edit.body, corpus);
    await expect.poll(() => linesAbout(interaction).find((l) => l.msg === 'discord command answered')).toMatchObject({ how: 'deferred' });
  });

  it('waits and replies when the wait still fits in the window', async () => {
    fake.failNextCallback({ status: 429, code: 0, message: 'You are being rate limited.', retryAfter: 0.3 });
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    await fake.waitForRequest((r) => callbacksOf(interaction).length === 2 && r.path.includes(interaction.token));
    const callbacks = callbacksOf(interaction);
    expect(callbacks.map((c) => c.body?.type)).toEqual([4, 4]);
    expect(callbacks[1]!.at - callbacks[0]!.at).toBeGreaterThanOrEqual(250);
    await expect.poll(() => linesAbout(interaction).find((l) => l.msg === 'discord command answered')).toMatchObject({ how: 'replied' });
  });

  it('never says it answered when the deferral is rate limited past the window too', async () => {
    const limited = { status: 429, code: 0, message: 'You are being rate limited.', retryAfter: 2.5 };
    fake.failNextCallback(limited);
    fake.failNextCallback(limited);
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    await expect.poll(() => linesAbout(interaction).find((l) => l.msg === 'discord command not answered: rate limited past the 3-second window'), { timeout: 5000 }).toBeDefined();
    expect(callbacksOf(interaction).map((c) => c.body?.type)).toEqual([4, 5]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(linesAbout(interaction).some((l) => l.msg === 'discord command answered')).toBe(false);
    expect(fake.requestsFor(interaction).filter((r) => !r.path.endsWith('/callback'))).toEqual([]);
  });
});

describe('malformed interactions from the gateway', () => {
  const member = { user: HUMAN, roles: [], joined_at: '2025-01-01T00:00:00.000Z', permissions: '0', deaf: false, mute: false, flags: 0 };
  const base = { application_id: APP_ID, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID, member, locale: 'en-US', app_permissions: '0', entitlements: [], authorizing_integration_owners: {} };
  const command = { id: '1', name: 'isf', type: 1, options: [{ type: 1, name: 'status' }] };

  it.each([
    ['without data', { type: 2 }, 'no data'],
    ['with data null', { type: 2, data: null }, 'no data'],
    ['with options that are not a list', { type: 2, data: { ...command, options: null } }, 'options not a list'],
    ['without a user', { type: 2, data: command, member: null }, 'no user'],
    ['with an id that is not a snowflake', { type: 2, data: command, id: 'not-a-number' }, 'id not a snowflake'],
  ])('ignores one %s with a warning, no unhandled rejection, and keeps answering', async (_what, fields, reason) => {
    const id = fake.snowflake();
    const token = `itoken-malformed-${id}`;
    fake.dispatch('INTERACTION_CREATE', { ...base, id, token, ...fields });
    await expect.poll(() => log.lines().find((l) => l.msg === 'discord: malformed interaction ignored')).toMatchObject({ reason });
    expect(JSON.stringify(log.lines())).not.toContain(token);
    const next = fake.sendCommand('status');
    await fake.waitForRequest((r) => r.path === `/interactions/${next.id}/${next.token}/callback`);
    expect(fake.requests.some((r) => r.path.includes(token))).toBe(false);
    expect(rejections).toEqual([]);
  });
});
