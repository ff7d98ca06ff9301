import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import type { MemoryStore } from '../../../src/store/memoryStore.ts';
import { BOT_USER_ID, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { startConversationAdapter } from './conversationAdapter.ts';
import { corpusText, feedbackOf, moreButtonOf, quotesOf, type WireBlock } from './helpers.ts';

const CHANNEL = 'C0GENERAL';

describe('Slack conversations (real Bolt App against a fake Slack)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  let story: string;
  let store: MemoryStore;

  beforeAll(async () => {
    fake = await startFakeSlack();
    story = await corpusText();
    ({ adapter, store, eventsUrl } = await startConversationAdapter(fake));
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  /** Mentions the bot in a channel (in a thread when threadTs is given) and returns the answer it posts. */
  async function mention(text: string, ts: string, threadTs?: string, user = 'U0ASKER'): Promise<Record<string, unknown>> {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: CHANNEL, ...(threadTs && { thread_ts: threadTs }) });
    const call = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], `the answer to "${text}"`);
    return call.args;
  }

  async function click(action: { action_id: string; value: string; type?: 'button' | 'feedback_buttons' }, userId = 'U0VOTER', ephemeral = false) {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendBlockAction(eventsUrl, fake.blockActions(action, { userId, channelId: CHANNEL, responseUrl: url, ephemeral }));
    expect(http.status).toBe(200);
    return { id, url };
  }

  it('answers a mention in a thread, reads "and China?" in that thread as a follow-up, and shows "more" without repeats', async () => {
    const root = '1700001000.000100';
    const first = await mention('How did Pakistan vote on the UN resolution?', root);
    expect(first.thread_ts).toBe(root);
    expect(quotesOf(first.blocks as WireBlock[]).length).toBeGreaterThan(0);
    expect(feedbackOf(first.blocks as WireBlock[])).toBeDefined();

    const followUp = await mention('and China?', '1700001001.000100', root, 'U0SOMEONEELSE');
    expect(followUp.thread_ts).toBe(root);
    const blocks = followUp.blocks as WireBlock[];
    // The question as read comes first, in italics.
    expect(blocks[0]).toMatchObject({ type: 'section', text: { text: '_How did China vote on the UN resolution?_' } });
    const quotes = quotesOf(blocks);
    expect(quotes.some((q) => /¶(10|17)\b/.test(q.citation))).toBe(true);
    for (const q of quotes) expect(story).toContain(q.quote);
    expect(JSON.stringify(followUp)).not.toMatch(/<!(everyone|channel|here)>|<@U/);
  });

  it('shows the next passages on "@bot more" and on the More button, never one already shown, then says there are no more', async () => {
    const root = '1700002000.000100';
    const first = await mention('search Pakistan troops', root);
    const shown = new Set(quotesOf(first.blocks as WireBlock[]).map((q) => q.citation));
    expect(shown.size).toBe(3);
    const conversation = moreButtonOf(first.blocks as WireBlock[]);
    expect(conversation).toBeDefined();
    expect(JSON.stringify(first.blocks)).toMatch(/Passages 1–3 of \d+/);

    const typed = await mention('more', '1700002001.000100', root);
    expect(typed.thread_ts).toBe(root);
    const typedQuotes = quotesOf(typed.blocks as WireBlock[]);
    expect(typedQuotes.length).toBeGreaterThan(0);
    // A search's later page names its terms as search terms, never in italics as a question answered.
    expect(JSON.stringify(typed.blocks)).toContain('Search: Pakistan troops');
    expect(JSON.stringify(typed.blocks)).not.toContain('_Pakistan troops_');
    for (const q of typedQuotes) {
      expect(shown.has(q.citation)).toBe(false);
      shown.add(q.citation);
    }

    // The button continues the same conversation, in its thread.
    const before = fake.callsOf('chat.postMessage').length;
    await click({ action_id: 'isf_more', value: conversation! });
    const pressed = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the More answer');
    expect(pressed.args.thread_ts).toBe(root);
    const pressedQuotes = quotesOf(pressed.args.blocks as WireBlock[]);
    for (const q of pressedQuotes) expect(shown.has(q.citation)).toBe(false);
    if (pressedQuotes.length === 0) expect(JSON.stringify(pressed.args)).toMatch(/no more passages/);

    // Once none are left, the note names the search terms as such, not as a question answered.
    let last = pressed;
    while (quotesOf(last.args.blocks as WireBlock[]).length > 0) {
      const sent = fake.callsOf('chat.postMessage').length;
      await click({ action_id: 'isf_more', value: conversation! });
      last = await fake.waitFor(() => fake.callsOf('chat.postMessage')[sent], 'the next More answer');
    }
    expect(JSON.stringify(last.args)).toMatch(/no more passages for this search/);
    expect(JSON.stringify(last.args.blocks)).toContain('Search: Pakistan troops');
    expect(JSON.stringify(last.args)).not.toContain('_Pakistan troops_');
  });

  it('records a 👎, acknowledges it to the voter only, offers the reasons, and takes a changed vote', async () => {
    const first = await mention('How many troops has Pakistan sent to UN missions?', '1700003000.000100');
    const feedback = feedbackOf(first.blocks as WireBlock[])!;
    expect(feedback.actionId).toBe('isf_feedback');

    const down = await click({ action_id: feedback.actionId, value: feedback.down, type: 'feedback_buttons' });
    const [ack] = await fake.responsesTo(down.id);
    expect(ack!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(ack!.body)).toMatch(/👎/);
    const reasons = (ack!.body.blocks as WireBlock[]).find((b) => b.type === 'actions')!.elements!;
    expect(reasons.map((e) => e.action_id)).toEqual(['isf_vote_reason_wrong-passage', 'isf_vote_reason_not-in-story', 'isf_vote_reason_other']);

    let report = await store.report({});
    expect(report.downVotes).toHaveLength(1);
    expect(report.downVotes[0]).toMatchObject({ question: 'How many troops has Pakistan sent to UN missions?', refused: false });
    expect(report.downVotes[0]!.citations.length).toBeGreaterThan(0);

    const reason = await click({ action_id: reasons[1]!.action_id!, value: reasons[1]!.value! }, 'U0VOTER', true);
    const [reasonAck] = await fake.responsesTo(reason.id);
    expect(reasonAck!.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect((await store.report({})).downVotes[0]!.reasons).toEqual(['not-in-story']);

    const up = await click({ action_id: feedback.actionId, value: feedback.up, type: 'feedback_buttons' });
    const [upAck] = await fake.responsesTo(up.id);
    expect(JSON.stringify(upAck!.body)).toMatch(/changed to 👍/);
    report = await store.report({});
    expect(report.downVotes).toHaveLength(0);
  });

  it('puts More on a long private slash answer, and only its asker can press it', async () => {
    const { id, url } = fake.newResponseUrl();
    await fake.sendSlashCommand(eventsUrl, 'search Pakistan troops', { responseUrl: url, userId: 'U0SLASHER' });
    const [answer] = await fake.responsesTo(id);
    const conversation = moreButtonOf(answer!.body.blocks as WireBlock[])!;
    expect(conversation).toMatch(/@U0SLASHER$/);

    const stranger = await click({ action_id: 'isf_more', value: conversation }, 'U0STRANGER', true);
    const owner = await click({ action_id: 'isf_more', value: conversation }, 'U0SLASHER', true);
    const [next] = await fake.responsesTo(owner.id);
    expect(next!.body.response_type).toBe('ephemeral');
    expect(quotesOf(next!.body.blocks as WireBlock[]).length).toBeGreaterThan(0);
    expect(fake.responses.filter((r) => r.id === stranger.id)).toEqual([]);
  });
});
