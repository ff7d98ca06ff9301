// Conversations on Discord: the real discord.js client against the fake Discord, with the bot as `npm start`
// builds it (fair use around conversations, a store for thread context and votes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { createConversationServices } from '../../../src/bot/conversation/services.ts';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import type { DiscordAdapter } from '../../../src/adapters/discord/discordAdapter.ts';
import { BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, FakeDiscord, HUMAN, OTHER_HUMAN, visibleText } from './fakeDiscord.ts';
import { ANSWER_WAIT_MS, answerTo as answerIn, ask as askIn, buttonId, citedParagraphs, click as clickIn, hasMore, quotedText, type Json, type Where } from './conversationHelpers.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote, slowBot, startAdapter } from './helpers.ts';

const PAKISTAN_VOTE = 'How did Pakistan vote on the UN resolution?';
const CHINA_READ = '*How did China vote on the UN resolution?*';
const EPHEMERAL = 64;
/** How long the fake holds a callback's response in the overtaking case: well past a gateway message's trip. */
const CALLBACK_LATENCY_MS = 500;

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let corpus: Corpus;
const store = new MemoryStore();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const loaded = await loadStoryBot();
  corpus = loaded.corpus;
  const bot = new FairUseBot(new ConversationBot(loaded.bot, { store, logger: silentLogger }), { store, rateLimitPerMinute: 100, logger: silentLogger, salt: 's' });
  adapter = await startAdapter(fake, bot, silentLogger, { conversation: createConversationServices(store, 's', silentLogger) });
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const answerTo = (content: string, where?: Where): Promise<Json> => answerIn(fake, content, where);
const ask = (question: string, where?: Where): Promise<Json> => askIn(fake, question, where);
const click = (message: Json, customId: string, user = OTHER_HUMAN) => clickIn(fake, message, customId, user);

describe('Discord conversations', () => {
  it('answers a mention with 👍/👎 buttons, and reads a reply to the answer, "and China?", as a follow-up naming the question', async () => {
    const first = await ask(PAKISTAN_VOTE);
    expectVerbatimCitedQuote(first, corpus);
    expect(FakeDiscord.buttonIds(first).some((id) => id.startsWith('isf:vote:up:'))).toBe(true);
    expect(FakeDiscord.buttonIds(first).some((id) => id.startsWith('isf:vote:down:'))).toBe(true);

    // Discord sends a reply's text without a mention in it; the reply's ping puts the bot in `mentions`.
    const followUp = await answerTo('and China?', { replyTo: first, mentions: [BOT_USER], author: OTHER_HUMAN });
    expect(followUp.content.split('\n')[0]).toBe(CHINA_READ);
    expectVerbatimCitedQuote(followUp, corpus);
    expect(citedParagraphs(followUp).some((n) => n === 10 || n === 17)).toBe(true);

    // The follow-up's answer continues the chain: a reply to it is read with the China question.
    const again = await answerTo('what about India?', { replyTo: followUp, mentions: [BOT_USER] });
    expect(again.content.split('\n')[0]).toBe('*How did India vote on the UN resolution?*');
  });

  it('reads a mention in a thread the bot answered in as a follow-up of that thread', async () => {
    const thread = fake.createThread('UN vote');
    const first = await ask(PAKISTAN_VOTE, { channelId: thread });
    expect(first.channel_id).toBe(thread);
    const followUp = await ask('and China?', { channelId: thread });
    expect(followUp.channel_id).toBe(thread);
    expect(followUp.content.split('\n')[0]).toBe(CHINA_READ);
    expect(citedParagraphs(followUp).some((n) => n === 10 || n === 17)).toBe(true);
  });

  it('answers a message that stands on its own on its own, and refuses a follow-up with nothing to follow, with a hint', async () => {
    const first = await ask(PAKISTAN_VOTE);
    const standalone = await answerTo('How many troops has Pakistan sent to UN missions?', { replyTo: first, mentions: [BOT_USER] });
    expect(standalone.content.split('\n')[0]).toBe('**Question:** How many troops has Pakistan sent to UN missions?');
    expect(citedParagraphs(standalone)).toContain(13);

    const orphan = await ask('and China?');
    expect(orphan.embeds[0].title).toBe("The story doesn't answer that");
    expect(visibleText(orphan)).toMatch(/ask a whole question|what .* about|earlier question/i);
    expect(quotedText(orphan)).toBe('');
  });

  it('pages a cut answer with the More button, never repeating a passage, and says when none are left', async () => {
    const first = await ask('search Pakistan troops');
    expect(first.content).toMatch(/Passages 1–3 of (\d+)\./);
    const total = Number(/of (\d+)\./.exec(first.content)![1]);
    const more = buttonId(first, 'isf:more:');
    const seen = citedParagraphs(first);
    expect(seen).toHaveLength(3);

    // Anyone in the channel may page a public answer; the next page is public too.
    const next = await click(first, more);
    expect(next.body.type).toBe(4);
    expect(next.body.data.flags ?? 0).toBe(0);
    const page = fake.messageOf(next);
    expectVerbatimCitedQuote(page, corpus);
    expect(page.content).toMatch(new RegExp(`Passages? 4(–\\d+)? of ${total}\\.`));
    const shownNow = citedParagraphs(page);
    for (const n of shownNow) expect(seen).not.toContain(n);
    // A search's later page names its terms as search terms, never in italics as a question answered.
    expect(page.content.split('\n')[0]).toBe('**Search:** Pakistan troops');

    // The first page's button again, once every passage was shown: a note, no passage repeated.
    let last = page;
    while (hasMore(last)) last = fake.messageOf(await click(last, buttonId(last, 'isf:more:')));
    const done = await click(first, more);
    expect(visibleText(done.body.data)).toMatch(/no more passages/);
    expect(quotedText(done.body.data)).toBe('');
    expect(fake.messageOf(done).content).toBe('**Search:** Pakistan troops');
  });

  it('shows more on a typed "more" in reply to an answer', async () => {
    const first = await ask('search Pakistan troops');
    const page = await answerTo('more', { replyTo: first, mentions: [BOT_USER] });
    expect(page.content).toMatch(/Passages? 4(–\d+)? of \d+\./);
    for (const n of citedParagraphs(page)) expect(citedParagraphs(first)).not.toContain(n);
  });

  it('acknowledges 👍 and 👎 privately, lets the vote change, asks privately what was wrong after 👎, and records it', async () => {
    const answer = await ask(PAKISTAN_VOTE);
    const up = await click(answer, buttonId(answer, 'isf:vote:up:'), OTHER_HUMAN);
    expect(up.body.type).toBe(4);
    expect(up.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(up.body.data.content).toMatch(/Thanks for the 👍/);

    const down = await click(answer, buttonId(answer, 'isf:vote:down:'), OTHER_HUMAN);
    expect(down.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(down.body.data.content).toMatch(/Vote changed to 👎/);
    const reasons = FakeDiscord.buttonIds(fake.messageOf(down));
    expect(reasons.map((id) => id.split(':')[2])).toEqual(['wrong-passage', 'not-in-story', 'other']);

    // The reason replaces the private question it answers (an update of that ephemeral message).
    const why = await click(fake.messageOf(down), reasons[1]!, OTHER_HUMAN);
    expect(why.body.type).toBe(7);
    expect(why.body.data.content).toMatch(/not in the story/);

    const answerId = buttonId(answer, 'isf:vote:down:').split(':').pop();
    const report = await store.report({});
    const listed = report.downVotes.find((v) => v.answerId === answerId);
    expect(listed).toMatchObject({ question: PAKISTAN_VOTE, refused: false, reasons: ['not-in-story'] });
    expect(listed!.citations.length).toBeGreaterThan(0);
  });

  it('links a public /isf ask answer, so a reply to it is a follow-up, even one that overtakes the answer\'s HTTP response', async () => {
    // The reply reaches the gateway while the callback's response (which carries the answer's message id) is held.
    fake.callbackLatencyMs = CALLBACK_LATENCY_MS;
    try {
      const interaction = fake.sendCommand('ask', { question: PAKISTAN_VOTE });
      const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
      expect(callback.query.get('with_response')).toBe('true');
      const answer = fake.messageOf(callback);
      const followUp = await answerTo('and China?', { replyTo: answer, mentions: [BOT_USER] });
      expect(followUp.content.split('\n')[0]).toBe(CHINA_READ);
    } finally {
      fake.callbackLatencyMs = 0;
    }
  });

  it('asks for the mention to be kept when a reply to an answer comes without text (Discord withheld it)', async () => {
    const answer = await ask(PAKISTAN_VOTE);
    const hint = await answerTo('', { replyTo: answer });
    expect(hint.content).toMatch(/keeps the @mention on/);
    expect(hint.embeds).toEqual([]);
  });

  it('keeps a DM conversation to its DM: "more" there pages the DM answer, and its More button does not work elsewhere', async () => {
    const first = await answerTo('search Pakistan troops', { dm: true });
    const more = buttonId(first, 'isf:more:discord:dm:');
    const page = await answerTo('more', { dm: true });
    expect(page.content).toMatch(/Passages? 4(–\d+)? of \d+\./);
    // The same button on a message in the guild channel (a forged click) is refused, privately.
    const forged = await click({ ...first, channel_id: CHANNEL_ID }, more);
    expect(forged.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(quotedText(forged.body.data)).toBe('');
  });

  it('gives /isf status and /isf search answers that were cut a More button that continues them', async () => {
    for (const [sub, options] of [['status', {}], ['search', { terms: 'Pakistan troops' }]] as const) {
      const interaction = fake.sendCommand(sub, options);
      const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, ANSWER_WAIT_MS);
      const first = fake.messageOf(callback);
      expect(first.content, sub).toMatch(/Passages 1–3 of \d+\./);
      const next = fake.messageOf(await click(first, buttonId(first, 'isf:more:discord:slash:')));
      expectVerbatimCitedQuote(next, corpus);
      expect(next.content, sub).toMatch(/Passages? 4(–\d+)? of \d+\./);
      for (const n of citedParagraphs(next)) expect(citedParagraphs(first), sub).not.toContain(n);
      // The brief's later page keeps its heading.
      if (sub === 'status') expect(next.embeds[0].title).toBe(first.embeds[0].title);
    }
  });

  it('sends every message with allowed_mentions parsing nothing', () => {
    const messages = fake.messageRequests().filter((r) => r.body.type !== 5 && r.body.type !== 6);
    expect(messages.length).toBeGreaterThan(10);
    for (const r of messages) expect((r.body.data ?? r.body).allowed_mentions?.parse, r.path).toEqual([]);
  });
});

describe('Discord conversations under fair use (1 question a minute here)', () => {
  let limitedFake: FakeDiscord;
  let limitedAdapter: DiscordAdapter;

  beforeAll(async () => {
    limitedFake = await FakeDiscord.start();
    const { bot: core } = await loadStoryBot();
    const limitedStore = new MemoryStore();
    const bot = new FairUseBot(new ConversationBot(core, { store: limitedStore, logger: silentLogger }), { store: limitedStore, rateLimitPerMinute: 1, logger: silentLogger, salt: 's' });
    limitedAdapter = await startAdapter(limitedFake, bot, silentLogger, { conversation: createConversationServices(limitedStore, 's', silentLogger) });
  }, 30_000);

  afterAll(async () => {
    await limitedAdapter?.stop();
    await limitedFake?.close();
  });

  it('counts a follow-up and a More click like questions: over the limit, both get the private note', async () => {
    const first = await askIn(limitedFake, 'search Pakistan troops');
    expect(hasMore(first)).toBe(true);
    // The follow-up's note goes to the asker's DMs, as for any mention over the limit.
    limitedFake.sendMessage('and China?', { replyTo: first, mentions: [BOT_USER] });
    const note = await limitedFake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL_ID}/messages`, ANSWER_WAIT_MS);
    expect(note.body.content).toMatch(/faster than 1 question a minute/);
    const more = await clickIn(limitedFake, first, buttonId(first, 'isf:more:'), HUMAN);
    expect(more.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(more.body.data.content).toMatch(/faster than 1 question a minute/);
    expect(quotedText(more.body.data)).toBe('');
  });
});

describe('Discord conversations over time, with answers that take long enough to be deferred', () => {
  let slowFake: FakeDiscord;
  let slowAdapter: DiscordAdapter;
  let now = Date.UTC(2026, 0, 1);

  beforeAll(async () => {
    slowFake = await FakeDiscord.start();
    const { bot: core } = await loadStoryBot();
    const clockStore = new MemoryStore({ now: () => now });
    const bot = new FairUseBot(new ConversationBot(core, { store: clockStore, logger: silentLogger }), { store: clockStore, rateLimitPerMinute: 100, logger: silentLogger, salt: 's' });
    // Answers 50 ms late, deferred after 10: every slash answer is deferred ("thinking…") and edited in.
    slowAdapter = await startAdapter(slowFake, slowBot(bot, 50), silentLogger, { deferAfterMs: 10, conversation: createConversationServices(clockStore, 's', silentLogger) });
  }, 30_000);

  afterAll(async () => {
    await slowAdapter?.stop();
    await slowFake?.close();
  });

  it('links a deferred /isf ask answer by the original message it edits, so a reply to it is a follow-up', async () => {
    const interaction = slowFake.sendCommand('ask', { question: PAKISTAN_VOTE });
    const edit = await slowFake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`), ANSWER_WAIT_MS);
    const answer = slowFake.messageOf(edit);
    expect(slowFake.requestsFor(interaction)[0]!.body.type).toBe(5);
    const followUp = await answerIn(slowFake, 'and China?', { replyTo: answer, mentions: [BOT_USER] });
    expect(followUp.content.split('\n')[0]).toBe(CHINA_READ);
  });

  it('forgets a conversation a day after its last answer: a reply then is read on its own, and "and China?" gets the hint', async () => {
    const answer = await askIn(slowFake, PAKISTAN_VOTE);
    now += 24 * 60 * 60 * 1000 + 1;
    const late = await answerIn(slowFake, 'and China?', { replyTo: answer, mentions: [BOT_USER] });
    expect(late.content ?? '').not.toContain(CHINA_READ);
    expect(visibleText(late)).toMatch(/no earlier question here to follow/);
    expect(quotedText(late)).toBe('');
  });
});
