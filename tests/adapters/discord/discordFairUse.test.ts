// Fair use as Discord users meet it: the real discord.js client against the fake Discord, with the core's FairUseBot.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../../support/cleanups.ts';
import type { Bot } from '../../../src/bot/bot.ts';
import type { ChatBot } from '../../../src/bot/chatBot.ts';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { APP_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, FakeDiscord, HUMAN, OTHER_HUMAN, mention, visibleText } from './fakeDiscord.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote, startAdapter } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const EPHEMERAL = 64;
const NOTE = /^You're asking faster than 1 question a minute; try again in \d+ s\.$/;

let bot: Bot;
let corpus: Corpus;
const cleanups = cleanUpAfterEach();

beforeAll(async () => {
  ({ bot, corpus } = await loadStoryBot());
});


/** The fake Discord and the adapter over a FairUseBot allowing 1 question a minute per user. */
async function setUp(wrap: (fair: ChatBot) => ChatBot = (fair) => fair, deferAfterMs = 1000): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.close());
  const fair = new FairUseBot(bot, { rateLimitPerMinute: 1, maxConcurrent: 4, logger: silentLogger, salt: 'test' });
  const adapter = await startAdapter(fake, wrap(fair), silentLogger, { deferAfterMs });
  cleanups.push(() => adapter.stop());
  return fake;
}

const callbackOf = (fake: FakeDiscord, i: { id: string; token: string }) => fake.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);

describe('Discord: a user over the rate limit (1 question a minute here)', () => {
  it('gets the note as an ephemeral reply to /isf ask, even without private; another user is answered publicly', async () => {
    const fake = await setUp();
    const first = await callbackOf(fake, fake.sendCommand('ask', { question: QUESTION }));
    expectVerbatimCitedQuote(first.body.data, corpus);
    const limited = await callbackOf(fake, fake.sendCommand('ask', { question: QUESTION }));
    expect(limited.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(limited.body.data.content).toMatch(NOTE);
    expect(limited.body.data.embeds ?? []).toEqual([]);
    const other = await callbackOf(fake, fake.sendCommand('ask', { question: QUESTION }, { user: OTHER_HUMAN }));
    expect((other.body.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expectVerbatimCitedQuote(other.body.data, corpus);
  });

  it('sends the note about a mention to the asker’s DMs, not to the channel', async () => {
    const fake = await setUp();
    const asked = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === asked);
    fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    const opened = await fake.waitForRequest((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(opened.body.recipient_id).toBe(HUMAN.id);
    const note = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL_ID}/messages`);
    expect(note.body.content).toMatch(NOTE);
    expect(note.body.allowed_mentions.parse).toEqual([]);
    expect(fake.requests.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`)).toHaveLength(1);
  });

  it('replies with the short note in the channel when the asker does not take DMs', async () => {
    const fake = await setUp();
    fake.dmsClosed = true;
    fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    const second = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    const reply = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === second);
    expect(reply.body.content).toMatch(NOTE);
    expect(reply.body.embeds ?? []).toEqual([]);
  });

  it('turns a public "thinking…" into an ephemeral follow-up when the reply is a note that came late', async () => {
    // A bot slower than the defer threshold, so the interaction is deferred publicly first.
    const late = (fair: ChatBot): ChatBot => ({
      get engine() {
        return fair.engine;
      },
      run: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return fair.run(...args);
      },
      runText: (...args) => fair.runText(...args),
    });
    const fake = await setUp(late, 20);
    await callbackOf(fake, fake.sendCommand('ask', { question: QUESTION }));
    const interaction = fake.sendCommand('ask', { question: QUESTION });
    const deferred = await callbackOf(fake, interaction);
    expect(deferred.body.type).toBe(5);
    expect((deferred.body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${interaction.token}`);
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(followUp.body)).toMatch(NOTE);
    await fake.waitForRequest((r) => r.method === 'DELETE' && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`);
  });
});
