import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import type { Engine } from '../../../src/search/engine.ts';
import { startFakeSlack, type ApiCall, type FakeSlack } from './fakeSlack.ts';
import { startConversationAdapter } from './conversationAdapter.ts';
import { corpusText, feedbackOf, quotesOf, type WireBlock } from './helpers.ts';

const PANEL = 'D0PANEL';

describe('Slack assistant panel (real Bolt Assistant against a fake Slack)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let engine: Engine;
  let eventsUrl: string;
  let story: string;
  let nextTs = 1_700_200_000;
  const newTs = (): string => `${(nextTs += 1)}.000100`;

  beforeAll(async () => {
    fake = await startFakeSlack();
    story = await corpusText();
    ({ adapter, engine, eventsUrl } = await startConversationAdapter(fake));
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  /** Opens a panel thread and waits for the suggested prompts. */
  async function openThread(): Promise<{ threadTs: string; prompts: ApiCall }> {
    const threadTs = newTs();
    const before = fake.callsOf('assistant.threads.setSuggestedPrompts').length;
    expect((await fake.startAssistantThread(eventsUrl, { userId: 'U0ASKER', channelId: PANEL, threadTs })).status).toBe(200);
    const prompts = await fake.waitFor(() => fake.callsOf('assistant.threads.setSuggestedPrompts')[before], 'the suggested prompts');
    return { threadTs, prompts };
  }

  /** The user writes in a panel thread; returns the answer and the calls the app made meanwhile. */
  async function ask(text: string, threadTs: string): Promise<{ answer: ApiCall['args']; calls: ApiCall[] }> {
    const from = fake.calls.length;
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text, ts: newTs(), thread_ts: threadTs, channel: PANEL });
    const answer = (await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], `the answer to "${text}"`)).args;
    // The title is set after the answer is posted: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { answer, calls: fake.calls.slice(from) };
  }

  it('offers suggested prompts built from the corpus when a thread starts (the questions Discord’s autocomplete offers)', async () => {
    const { threadTs, prompts } = await openThread();
    const expected = engine.suggestQuestions('', 4);
    expect(expected.length).toBeGreaterThan(0);
    expect(prompts.args).toMatchObject({ channel_id: PANEL, thread_ts: threadTs, title: expect.any(String) });
    expect((prompts.args.prompts as { message: string }[]).map((p) => p.message)).toEqual(expected);
    expect(prompts.result).toMatchObject({ ok: true });
  });

  it('shows "thinking" while it answers, answers in the thread as a DM would, and titles the thread from its first question only', async () => {
    const { threadTs } = await openThread();
    const first = await ask('How did Pakistan vote on the UN resolution?', threadTs);
    const methods = first.calls.map((c) => c.method);
    expect(methods.indexOf('assistant.threads.setStatus')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('assistant.threads.setStatus')).toBeLessThan(methods.indexOf('chat.postMessage'));
    expect(first.calls.find((c) => c.method === 'assistant.threads.setStatus')!.args).toMatchObject({ channel_id: PANEL, thread_ts: threadTs, status: 'is thinking…' });
    expect(first.answer).toMatchObject({ channel: PANEL, thread_ts: threadTs });
    const quotes = quotesOf(first.answer.blocks as WireBlock[]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(story).toContain(q.quote);
    expect(feedbackOf(first.answer.blocks as WireBlock[])).toBeDefined();
    const title = first.calls.find((c) => c.method === 'assistant.threads.setTitle');
    expect(title?.args).toMatchObject({ channel_id: PANEL, thread_ts: threadTs, title: 'How did Pakistan vote on the UN resolution?' });

    // A follow-up in the panel thread is read with the earlier question; the title stays.
    const followUp = await ask('and China?', threadTs);
    expect((followUp.answer.blocks as WireBlock[])[0]!.text!.text).toMatch(/^_How did China vote/);
    expect(followUp.calls.filter((c) => c.method === 'assistant.threads.setTitle')).toEqual([]);
    const more = await ask('more', threadTs);
    const shown = new Set(quotesOf(followUp.answer.blocks as WireBlock[]).map((q) => q.citation));
    for (const q of quotesOf(more.answer.blocks as WireBlock[])) expect(shown.has(q.citation)).toBe(false);
  });

  it('keeps panel threads apart and uses nothing of the channel being viewed', async () => {
    const { threadTs } = await openThread();
    const from = fake.calls.length;
    await fake.sendEvent(eventsUrl, { type: 'assistant_thread_context_changed', assistant_thread: { user_id: 'U0ASKER', context: { channel_id: 'C0OTHER', team_id: 'T0FAKE' }, channel_id: PANEL, thread_ts: threadTs }, event_ts: newTs() });
    const { answer, calls } = await ask('and China?', threadTs);
    // Nothing fetched or rewritten for the viewed channel (no conversations.replies, no chat.update of metadata).
    expect(fake.calls.slice(from).map((c) => c.method).filter((m) => !['assistant.threads.setStatus', 'chat.postMessage', 'assistant.threads.setTitle'].includes(m))).toEqual([]);
    expect(answer.metadata).toBeUndefined();
    expect(JSON.stringify(answer)).toMatch(/no earlier question/);
    expect(calls.some((c) => c.method === 'chat.postMessage')).toBe(true);
  });

  it('answers a DM thread outside the panel as a DM, without the panel’s status or title (Slack refuses them there)', async () => {
    const question = newTs();
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'How did Pakistan vote on the UN resolution?', ts: question, channel: 'D0PLAIN' });
    await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the DM answer');
    const inThread = fake.calls.length;
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'and China?', ts: newTs(), thread_ts: question, channel: 'D0PLAIN' });
    const reply = await fake.waitFor(() => fake.calls.slice(inThread).find((c) => c.method === 'chat.postMessage'), 'the DM thread answer');
    expect(reply.args.thread_ts).toBe(question);
    expect((reply.args.blocks as WireBlock[])[0]!.text!.text).toMatch(/^_How did China vote/);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.calls.slice(inThread).filter((c) => c.method.startsWith('assistant.'))).toEqual([]);
  });
});
