// The limits of conversations as Slack users meet them: fair use counts follow-ups and "more"; DMs stay private.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { BOT_USER_ID, startFakeSlack, type ApiCall, type FakeSlack } from './fakeSlack.ts';
import { startConversationAdapter } from './conversationAdapter.ts';
import { moreButtonOf, quotesOf, type WireBlock } from './helpers.ts';

const CHANNEL = 'C0GENERAL';
const LIMIT = 3;
const NOTE = new RegExp(`You're asking faster than ${LIMIT} questions a minute`);

describe('Slack conversation limits (real Bolt App against a fake Slack)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  let nextTs = 1_700_300_000;
  const newTs = (): string => `${(nextTs += 1)}.000100`;

  beforeAll(async () => {
    fake = await startFakeSlack();
    ({ adapter, eventsUrl } = await startConversationAdapter(fake, LIMIT));
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  /** Sends an event and waits for the next chat.postMessage or chat.postEphemeral. */
  async function answerTo(event: Record<string, unknown>): Promise<ApiCall> {
    const before = fake.calls.length;
    await fake.sendEvent(eventsUrl, event);
    return fake.waitFor(() => fake.calls.slice(before).find((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral'), `the answer to ${String(event.text)}`);
  }

  const mention = (text: string, user: string, threadTs?: string): Promise<ApiCall> =>
    answerTo({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts: newTs(), channel: CHANNEL, ...(threadTs && { thread_ts: threadTs }) });
  const dm = (text: string, user: string, channel: string): Promise<ApiCall> => answerTo({ type: 'message', channel_type: 'im', user, text, ts: newTs(), channel });

  async function clickMore(conversation: string, userId: string, channelId: string): Promise<string> {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendBlockAction(eventsUrl, fake.blockActions({ action_id: 'isf_more', value: conversation }, { userId, channelId, responseUrl: url, ephemeral: false }));
    expect(http.status).toBe(200);
    return id;
  }

  it('counts a follow-up, a typed "more" and the More button like questions', async () => {
    const root = newTs();
    const first = await answerTo({ type: 'app_mention', user: 'U0BUSY', text: `<@${BOT_USER_ID}> What did Rubio say about Pakistan?`, ts: root, channel: CHANNEL });
    const conversation = moreButtonOf(first.args.blocks as WireBlock[])!;
    expect(conversation).toBeDefined();
    expect((await mention('and Jordan?', 'U0BUSY', root)).method).toBe('chat.postMessage');
    expect((await mention('more', 'U0BUSY', root)).method).toBe('chat.postMessage');
    // The fourth in a minute, by the More button: the note goes to the presser only.
    const pressed = await clickMore(conversation, 'U0BUSY', CHANNEL);
    const [note] = await fake.responsesTo(pressed);
    expect(note!.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(note!.body)).toMatch(NOTE);
    const typed = await mention('more', 'U0BUSY', root);
    expect(typed.method).toBe('chat.postEphemeral');
    expect(JSON.stringify(typed.args)).toMatch(NOTE);
    // Someone else in the thread is not held back by it, and follows the same thread.
    const other = await mention('more', 'U0CALM', root);
    expect(other.method).toBe('chat.postMessage');
    expect(quotesOf(other.args.blocks as WireBlock[]).length + (JSON.stringify(other.args).match(/no more passages/) ? 1 : 0)).toBeGreaterThan(0);
  });

  it('keeps a DM private: another user’s DM has nothing to follow, and a More click from elsewhere does nothing', async () => {
    const answer = await dm('search Pakistan troops', 'U0ALICE', 'D0ALICE');
    const conversation = moreButtonOf(answer.args.blocks as WireBlock[])!;
    expect(conversation).toBe('slack:D0ALICE:');

    const bob = await dm('and China?', 'U0BOB', 'D0BOB');
    expect(JSON.stringify(bob.args)).toMatch(/no earlier question/);

    const before = fake.callsOf('chat.postMessage').length;
    const forged = await clickMore(conversation, 'U0BOB', 'D0BOB');
    // Alice's own click in her DM is answered there; Bob's, sent before it, never was.
    await clickMore(conversation, 'U0ALICE', 'D0ALICE');
    const next = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the next page in Alice’s DM');
    expect(next.args.channel).toBe('D0ALICE');
    // Bob's click turned no page of Alice's answer: hers shows the second page, and it is the only post.
    expect(JSON.stringify(next.args.blocks)).toMatch(/Passages? 4/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.callsOf('chat.postMessage').slice(before)).toHaveLength(1);
    expect(fake.responses.filter((r) => r.id === forged)).toEqual([]);
  });
});
