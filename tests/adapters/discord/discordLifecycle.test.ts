import { beforeAll, describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../../support/cleanups.ts';
import type { Bot } from '../../../src/bot/bot.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/discordAdapter.ts';
import type { DiscordBot } from '../../../src/adapters/discord/discordBot.ts';
import { APP_ID, BOT_USER, CHANNEL_ID, FakeDiscord, TOKEN, mention } from './fakeDiscord.ts';
import { captureLog, type CapturedLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote, slowBot, startAdapter } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const EPHEMERAL = 64;

let bot: Bot;
let corpus: Corpus;
const cleanups = cleanUpAfterEach();

beforeAll(async () => {
  ({ bot, corpus } = await loadStoryBot());
});


async function setUp(discordBot: DiscordBot, options: { deferAfterMs?: number } = {}): Promise<{ fake: FakeDiscord; adapter: DiscordAdapter; log: CapturedLog }> {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.close());
  const log = captureLog('debug');
  const adapter = await startAdapter(fake, discordBot, log.logger, options);
  cleanups.push(() => adapter.stop());
  return { fake, adapter, log };
}

const callbackOf = (fake: FakeDiscord, i: { id: string; token: string }) =>
  fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
const originalEditOf = (fake: FakeDiscord, i: { token: string }) =>
  fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`);

describe('a slow answer', () => {
  it('is deferred within the 3-second window, then edited in with the quoted, cited answer', async () => {
    const { fake } = await setUp(slowBot(bot, 400), { deferAfterMs: 50 });
    const sent = Date.now();
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    const callback = await callbackOf(fake, interaction);
    expect(callback.at - sent).toBeLessThan(3000);
    expect(callback.body.type).toBe(5);
    expect((callback.body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const edit = await originalEditOf(fake, interaction);
    expect(edit.at).toBeGreaterThanOrEqual(callback.at);
    expectVerbatimCitedQuote(edit.body, corpus);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
  });

  it('stays private when deferred, if the asker chose private', async () => {
    const { fake } = await setUp(slowBot(bot, 200), { deferAfterMs: 20 });
    const interaction = fake.sendCommand('search', { terms: 'Security Council', private: true });
    const callback = await callbackOf(fake, interaction);
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expectVerbatimCitedQuote((await originalEditOf(fake, interaction)).body, corpus);
  });

  it('is answered at once, not deferred, when it is ready in time', async () => {
    const { fake } = await setUp(slowBot(bot, 10), { deferAfterMs: 1000 });
    const interaction = fake.sendCommand('status');
    const callback = await callbackOf(fake, interaction);
    expect(callback.body.type).toBe(4);
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });
});

describe('a failing handler', () => {
  const broken: DiscordBot = {
    get engine() {
      return { ...bot.engine, suggestQuestions: () => { throw new Error('index gone'); } };
    },
    run: () => {
      throw new Error('engine exploded');
    },
    runText: () => {
      throw new Error('engine exploded');
    },
  };

  it('gets the user a short ephemeral apology and a log line', async () => {
    const { fake, log } = await setUp(broken);
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    const callback = await callbackOf(fake, interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(/sorry/i);
    expect(callback.body.data.content.length).toBeLessThan(200);
    expect(callback.body.data.allowed_mentions.parse).toEqual([]);
    await expect.poll(() => log.lines().find((l) => l.msg === 'discord command failed')).toMatchObject({ level: 50, command: 'ask' });
  });

  it('fills a deferred reply with the apology when the slow answer fails', async () => {
    const slowThenBroken: DiscordBot = {
      engine: bot.engine,
      run: () => new Promise((_, reject) => setTimeout(() => reject(new Error('late failure')), 100)),
      runText: () => Promise.reject(new Error('late failure')),
    };
    const { fake, log } = await setUp(slowThenBroken, { deferAfterMs: 10 });
    const interaction = fake.sendCommand('status');
    expect((await callbackOf(fake, interaction)).body.type).toBe(5);
    const edit = await originalEditOf(fake, interaction);
    expect(edit.body.content).toMatch(/sorry/i);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    await expect.poll(() => log.lines().some((l) => l.msg === 'discord command failed')).toBe(true);
  });

  it('apologizes in reply to a mention it could not answer', async () => {
    const { fake, log } = await setUp(broken);
    const id = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    const sent = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === id);
    expect(sent.body.content).toMatch(/sorry/i);
    expect(sent.body.allowed_mentions.parse).toEqual([]);
    expect(log.lines().some((l) => l.msg === 'discord message failed')).toBe(true);
  });

  it('answers autocomplete with no choices, rather than not at all', async () => {
    const { fake, log } = await setUp(broken);
    const interaction = fake.sendAutocomplete('ask', 'question', 'Pak');
    const callback = await callbackOf(fake, interaction);
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    expect(log.lines().some((l) => l.msg === 'discord autocomplete failed')).toBe(true);
  });

  it('logs a Discord error on the answer itself and apologizes privately', async () => {
    const { fake, log } = await setUp(bot);
    fake.failNextCallback({ status: 400, code: 50035, message: 'Invalid Form Body' });
    const interaction = fake.sendCommand('status');
    const apology = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback` && r.body?.data?.content !== undefined);
    expect(apology.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(log.lines().some((l) => l.msg === 'discord command failed')).toBe(true);
  });
});

describe('starting and stopping', () => {
  it('rejects start() with a clear error when Discord refuses the token', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const adapter = createDiscordAdapter({ token: 'wrong-token', applicationId: APP_ID, apiUrl: fake.apiUrl }, bot, captureLog('debug').logger);
    await expect(adapter.start()).rejects.toThrow(/token/i);
    expect(adapter.state).toBe('stopped');
    expect(fake.openConnections).toBe(0);
  });

  it('is ready within seconds even when Discord never sends the server, and answers a command sent meanwhile', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    fake.sendGuildCreate = false;
    const adapter = createDiscordAdapter({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl }, bot, captureLog('debug').logger);
    cleanups.push(() => adapter.stop());
    const starting = adapter.start();
    await fake.waitForFrame((f) => f.op === 2);
    const sent = Date.now();
    const interaction = fake.sendCommand('status');
    await starting;
    const callback = await callbackOf(fake, interaction);
    expect(callback.at - sent).toBeLessThan(3000);
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('finishes the answer in flight, then closes the gateway cleanly', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const { fake, adapter } = await setUp(slowBot(bot, 300, () => started()), { deferAfterMs: 5000 });
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    await running;
    await adapter.stop();
    expect(adapter.state).toBe('stopped');
    const answered = fake.requestsFor(interaction);
    expect(answered).toHaveLength(1);
    expectVerbatimCitedQuote(answered[0]!.body.data, corpus);
    await expect.poll(() => fake.openConnections).toBe(0);
  });

  it('ignores events that arrive after stop()', async () => {
    const { fake, adapter } = await setUp(bot);
    await adapter.stop();
    fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.messageRequests()).toHaveLength(0);
  });
});
