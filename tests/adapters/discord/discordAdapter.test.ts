import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import type { DiscordAdapter } from '../../../src/adapters/discord/discordAdapter.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { RELATED_PASSAGE_LABEL } from '../../../commands/reply.ts';
import { BOT_ROLE_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, FakeDiscord, HUMAN, OTHER_BOT, OTHER_HUMAN, mention, visibleText, type RecordedRequest } from './fakeDiscord.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote, startAdapter } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let bot: Bot;
let corpus: Corpus;
const log = captureLog('debug');

beforeAll(async () => {
  ({ bot, corpus } = await loadStoryBot());
  fake = await FakeDiscord.start();
  adapter = await startAdapter(fake, bot, log.logger);
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** Sends `/isf <sub>` and resolves with its first response (the interaction callback) and how long it took. */
async function command(sub: string, options: Record<string, string | boolean> = {}, where: { dm?: boolean } = {}): Promise<{ callback: RecordedRequest; ms: number; interaction: { id: string; token: string } }> {
  const sent = Date.now();
  const interaction = fake.sendCommand(sub, options, where);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  return { callback, ms: callback.at - sent, interaction };
}

function botMessagesTo(channelId: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
}

describe('connecting to Discord', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages only, without the privileged Message Content intent', async () => {
    const identify = await fake.waitForFrame((f) => f.op === 2);
    const intents = identify.d.intents as number;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(adapter.state).toBe('connected');
  });

  it('keeps the gateway alive with heartbeats the server acknowledges', async () => {
    await fake.waitForFrame((f) => f.op === 1, 5000);
    expect(fake.heartbeatAcks).toBeGreaterThan(0);
    await expect.poll(() => adapter.client.ws.ping).toBeGreaterThanOrEqual(0);
  });
});

describe('/isf slash command', () => {
  it.each(COMMANDS.map((c) => c.name))('answers /isf %s with a first response within 3 seconds', async (name) => {
    const options: Record<string, string> = name === 'ask' ? { question: QUESTION } : name === 'search' ? { terms: 'Security Council vote' } : {};
    const { callback, ms } = await command(name, options);
    expect(ms).toBeLessThan(3000);
    expect([4, 5]).toContain(callback.body.type);
  });

  it('answers status in the channel for everyone, quoting the story with ¶ citations', async () => {
    const { callback } = await command('status');
    expect(callback.body.type).toBe(4);
    expect((callback.body.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('answers ask in the channel with a verbatim, cited quote of the story', async () => {
    const { callback } = await command('ask', { question: QUESTION });
    const data = callback.body.data;
    expect((data.flags ?? 0) & EPHEMERAL).toBe(0);
    expectVerbatimCitedQuote(data, corpus);
    expect(data.content).toContain(QUESTION.slice(0, 20));
    expect(data.embeds.length).toBeLessThanOrEqual(4);
  });

  it('keeps an answer private (ephemeral) when the asker sets private', async () => {
    const asked = await command('ask', { question: QUESTION, private: true });
    expect(asked.callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expectVerbatimCitedQuote(asked.callback.body.data, corpus);
    const searched = await command('search', { terms: 'Security Council', private: true });
    expect(searched.callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('answers search with the matching passages, quoted and cited', async () => {
    const { callback } = await command('search', { terms: 'Security Council vote' });
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('lists the sources by their titles', async () => {
    const { callback } = await command('sources');
    const text = visibleText(callback.body);
    for (const document of corpus.documents) expect(text).toContain(document.title);
  });

  it('shows help only to the asker, listing every subcommand', async () => {
    const { callback } = await command('help');
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const text = visibleText(callback.body);
    for (const c of COMMANDS) expect(text).toContain(`/isf ${c.name}`);
  });

  it('answers a question carrying @everyone and a user mention, without pinging anyone', async () => {
    const { callback } = await command('ask', { question: `@everyone ${mention(OTHER_HUMAN)} ${QUESTION}` });
    const data = callback.body.data;
    expectVerbatimCitedQuote(data, corpus);
    expect(data.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
    expect(visibleText(callback.body)).not.toMatch(/@everyone|<@\d+>/);
  });

  it('answers in a DM too', async () => {
    const { callback } = await command('ask', { question: QUESTION }, { dm: true });
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('refuses, as a refusal, a question the story does not answer', async () => {
    const question = 'What is the recipe for a chocolate cake?';
    const expected = bot.run('ask', { question });
    expect(expected.refused).toBe(true);
    const { callback } = await command('ask', { question });
    expect(visibleText(callback.body)).toContain(expected.lines[0]);
    // Any passage shown is marked as related, never passed off as the answer.
    for (const embed of callback.body.data.embeds as Array<{ description?: string; footer?: { text: string } }>) {
      if (embed.description?.startsWith('> ')) expect(embed.footer?.text).toBe(RELATED_PASSAGE_LABEL);
    }
  });
});

describe('autocomplete of /isf ask', () => {
  it('suggests questions built from the corpus as the user types', async () => {
    const typed = 'Pakis';
    const interaction = fake.sendAutocomplete('ask', 'question', typed);
    const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
    const expected = bot.engine.suggestQuestions(typed, 25).filter((s) => s.length <= 100);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((c) => c.value)).toEqual([...new Set(expected)].slice(0, 25));
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention as a reply to that message, quoting the story', async () => {
    const id = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    const sent = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === id);
    expectVerbatimCitedQuote(sent.body, corpus);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers when addressed through the bot’s own role', async () => {
    const id = fake.sendMessage(`<@&${BOT_ROLE_ID}> ${QUESTION}`);
    const sent = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === id);
    expectVerbatimCitedQuote(sent.body, corpus);
  });

  it('runs /isf commands written after the mention', async () => {
    const id = fake.sendMessage(`${mention(BOT_USER)} status`, { mentions: [BOT_USER] });
    const sent = await fake.waitForRequest((r) => r.body?.message_reference?.message_id === id);
    expect(visibleText(sent.body)).toContain('Where the story stands');
    expectVerbatimCitedQuote(sent.body, corpus);
  });

  it('answers a question carrying @everyone and another user’s mention, pinging no one', async () => {
    const id = fake.sendMessage(`${mention(BOT_USER)} @everyone ${mention(OTHER_HUMAN)} ${QUESTION}`, { mentions: [BOT_USER, OTHER_HUMAN] });
    const sent = await fake.waitForRequest((r) => r.body?.message_reference?.message_id === id);
    expectVerbatimCitedQuote(sent.body, corpus);
    expect(sent.body.allowed_mentions.parse).toEqual([]);
  });

  it('answers a direct message in the DM, not as a channel reply', async () => {
    const before = botMessagesTo(DM_CHANNEL_ID).length;
    fake.sendMessage(QUESTION, { dm: true });
    const sent = await fake.waitForRequest((r) => r.path === `/channels/${DM_CHANNEL_ID}/messages` && botMessagesTo(DM_CHANNEL_ID).indexOf(r) >= before);
    expectVerbatimCitedQuote(sent.body, corpus);
    expect(sent.body.allowed_mentions.parse).toEqual([]);
  });

  it('never answers itself, other bots, or messages that do not mention it', async () => {
    const before = botMessagesTo(CHANNEL_ID).length;
    fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { author: BOT_USER, mentions: [BOT_USER] });
    fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { author: OTHER_BOT, mentions: [BOT_USER] });
    fake.sendMessage(QUESTION, { dm: true, author: OTHER_BOT });
    fake.sendMessage(QUESTION);
    // A human's mention sent last: once it is answered, the messages before it have been handled.
    const last = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { author: HUMAN, mentions: [BOT_USER] });
    await fake.waitForRequest((r) => r.body?.message_reference?.message_id === last);
    const answered = botMessagesTo(CHANNEL_ID).slice(before);
    expect(answered.map((r) => r.body.message_reference?.message_id)).toEqual([last]);
  });
});

describe('failures', () => {
  it('logs an expired interaction (10062) without throwing, and keeps serving', async () => {
    fake.failNextCallback({ status: 404, code: 10062, message: 'Unknown interaction' });
    const expired = fake.sendCommand('status');
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${expired.id}/`));
    await expect.poll(() => log.lines().some((l) => l.code === 10062 && String(l.msg).includes('expired'))).toBe(true);
    const { callback } = await command('ask', { question: QUESTION });
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('reconnects on its own when the gateway drops, and keeps answering', async () => {
    const resumesBefore = fake.frames.filter((f) => f.op === 6).length;
    fake.dropConnections(4000);
    await fake.waitForFrame((f) => f.op === 6 && fake.frames.filter((g) => g.op === 6).length > resumesBefore, 10_000);
    await expect.poll(() => adapter.state, { timeout: 5000 }).toBe('connected');
    const { callback } = await command('status');
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });
});

describe('mentions safety', () => {
  it('sends every message with allowed_mentions that parse nothing', () => {
    const messages = fake.messageRequests();
    expect(messages.length).toBeGreaterThan(10);
    for (const request of messages) {
      const payload = request.body.data ?? request.body;
      // A deferral ("thinking…") carries no text, so nothing in it can mention anyone.
      if (request.body.type === 5) continue;
      expect(payload.allowed_mentions, `${request.method} ${request.path}`).toEqual(expect.objectContaining({ parse: [] }));
    }
  });
});
