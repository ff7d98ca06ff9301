import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID, startFakeSlack, type ApiCall, type FakeSlack } from './fakeSlack.ts';
import { corpusText, feedbackOf, LIVE_MENTION, quotesOf, type WireBlock } from './helpers.ts';
import { RELATED_PASSAGES_NOTE } from '../../../commands/reply.ts';
import { startSlackBot, type SlackBotProcess } from '../../support/slackBotProcess.ts';
import { runIsf } from '../../support/spawnIsf.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';

const CHANNEL = 'C0GENERAL';
const DM = 'D0ASKER';

// What the outside check does for conversations: `npm start` (node bin/isf.js start) against a fake Slack,
// a conversation in a thread, votes, and then `isf report --json` on the same DATA_DIR.
describe('npm start holds a Slack conversation (spawned process, real Bolt, fake Slack)', () => {
  let fake: FakeSlack;
  let bot: SlackBotProcess;
  let eventsUrl: string;
  let story: string;
  let dataDir: string;
  let nextTs = 1_700_100_000;

  beforeAll(async () => {
    fake = await startFakeSlack();
    story = await corpusText();
    dataDir = await makeTempDir('isf-convo-');
    bot = await startSlackBot(fake, dataDir, { DATA_DIR: dataDir }); // the temp folder is its working directory too: no .env
    ({ eventsUrl } = bot);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await removeTempDirs();
  });

  const newTs = (): string => `${(nextTs += 1)}.000100`;

  /** Sends a message event and returns the next chat.postMessage the bot makes. */
  async function said(event: Record<string, unknown>, what: string): Promise<ApiCall['args']> {
    const before = fake.callsOf('chat.postMessage').length;
    const http = await fake.sendEvent(eventsUrl, event);
    expect(http.status).toBe(200);
    return (await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], what, 10_000)).args;
  }

  /** The ts Slack gave a message the bot posted. */
  function tsOf(message: ApiCall['args']): string {
    const call = fake.callsOf('chat.postMessage').find((c) => c.args === message);
    return String(call?.result?.ts);
  }

  /** `@isf <text>` in the channel, in the thread `threadTs` when given. */
  function mention(text: string, threadTs?: string, user = 'U0ASKER'): Promise<ApiCall['args']> {
    const ts = newTs();
    return said({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: CHANNEL, ...(threadTs && { thread_ts: threadTs }) }, `the answer to "${text}"`);
  }

  async function click(action: { action_id: string; value: string; type?: 'feedback_buttons' }, userId = 'U0VOTER', ephemeral = false): Promise<Record<string, unknown>> {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendBlockAction(eventsUrl, fake.blockActions(action, { userId, channelId: CHANNEL, responseUrl: url, ephemeral }));
    expect(http.status).toBe(200);
    const [post] = await fake.responsesTo(id);
    return post!.body;
  }

  const blocksOf = (message: ApiCall['args']): WireBlock[] => message.blocks as WireBlock[];

  function expectVerbatimCitedAnswer(message: ApiCall['args']): { quote: string; citation: string }[] {
    const quotes = quotesOf(blocksOf(message));
    for (const { quote, citation } of quotes) {
      expect(story).toContain(quote);
      expect(citation).toMatch(/¶\d+/);
    }
    expect(feedbackOf(blocksOf(message))).toBeDefined();
    return quotes;
  }

  let root: string;
  let chinaAnswer: ApiCall['args'];

  it('answers a mention in a thread on it, with 👍/👎', async () => {
    root = newTs();
    const answer = await said(
      { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> How did Pakistan vote on the UN resolution?`, ts: root, channel: CHANNEL },
      'the first answer',
    );
    expect(answer).toMatchObject({ channel: CHANNEL, thread_ts: root });
    expect(expectVerbatimCitedAnswer(answer).length).toBeGreaterThan(0);
  });

  it('reads "@bot and China?" in that thread as the earlier question about China, saying so first, with a quote of ¶10 or ¶17', async () => {
    chinaAnswer = await mention('and China?', root, 'U0SOMEONEELSE');
    expect(chinaAnswer.thread_ts).toBe(root);
    const [first] = blocksOf(chinaAnswer);
    expect(first!.text!.text).toMatch(/^_How did China vote .*\?_$/);
    expect(String(chinaAnswer.text)).toMatch(/^How did China vote/);
    const quotes = expectVerbatimCitedAnswer(chinaAnswer);
    expect(quotes.some((q) => /¶(10|17)\b/.test(q.citation))).toBe(true);
  });

  it('shows passages not shown before on "@bot more", page after page, then says none are left', async () => {
    const shown = new Set(quotesOf(blocksOf(chinaAnswer)).map((q) => q.citation));
    const before = shown.size;
    for (let page = 0; ; page += 1) {
      expect(page).toBeLessThan(10);
      const more = await mention('more', root);
      expect(more.thread_ts).toBe(root);
      const quotes = expectVerbatimCitedAnswer(more);
      if (page === 0) {
        // The first "more" shows passages: the story's next-best ones for the question, marked as related.
        expect(quotes.length).toBeGreaterThan(0);
        expect(JSON.stringify(more.blocks)).toContain(RELATED_PASSAGES_NOTE);
      }
      if (quotes.length === 0) {
        expect(String(more.text)).toMatch(/no more passages/);
        break;
      }
      for (const q of quotes) {
        expect(shown.has(q.citation)).toBe(false);
        shown.add(q.citation);
      }
    }
    expect(shown.size).toBeGreaterThan(before);
  });

  it('acknowledges a 👎 privately, takes a changed vote, and `isf report --json` lists the answer voted down', async () => {
    const feedback = feedbackOf(blocksOf(chinaAnswer))!;
    const down = await click({ action_id: feedback.actionId, value: feedback.down, type: 'feedback_buttons' });
    expect(down).toMatchObject({ response_type: 'ephemeral' });
    expect(String(down.text)).toMatch(/👎/);
    const up = await click({ action_id: feedback.actionId, value: feedback.up, type: 'feedback_buttons' });
    expect(String(up.text)).toMatch(/changed to 👍/);
    const again = await click({ action_id: feedback.actionId, value: feedback.down, type: 'feedback_buttons' });
    expect(String(again.text)).toMatch(/changed to 👎/);

    const report = await runIsf(['report', '--json'], { DATA_DIR: dataDir });
    expect(report.code).toBe(0);
    const { downVotes } = JSON.parse(report.stdout) as { downVotes: { question: string; citations: { paragraph: number }[]; downVotes: number }[] };
    const listed = downVotes.find((v) => /^How did China vote/.test(v.question));
    expect(listed).toBeDefined();
    expect(listed!.downVotes).toBe(1);
    expect(listed!.citations.some((c) => c.paragraph === 10 || c.paragraph === 17)).toBe(true);
  });

  it('leaves a plain reply in a channel thread (no mention) unanswered: there, only a mention asks', async () => {
    const before = fake.calls.length;
    const http = await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'channel', user: 'U0ASKER', text: 'and Russia?', ts: newTs(), thread_ts: root, channel: CHANNEL });
    expect(http.status).toBe(200);
    // A mention sent after it is answered; the plain reply before it never was.
    const answer = await mention('and Russia?', root);
    expect(answer.thread_ts).toBe(root);
    expect(fake.calls.slice(before).filter((c) => c.method.startsWith('chat.'))).toHaveLength(1);
  });

  it('follows up any message in a DM, in its timeline and in a thread on the bot’s answer', async () => {
    const question = newTs();
    const answer = await said({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'How did Pakistan vote on the UN resolution?', ts: question, channel: DM }, 'the DM answer');
    expect(answer.channel).toBe(DM);
    expectVerbatimCitedAnswer(answer);
    const answerTs = tsOf(answer);

    const followUp = await said({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'and China?', ts: newTs(), channel: DM }, 'the DM follow-up');
    expect(blocksOf(followUp)[0]!.text!.text).toMatch(/^_How did China vote/);

    const inThread = await said({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'and Russia?', ts: newTs(), thread_ts: answerTs, channel: DM }, 'the DM thread follow-up');
    expect(inThread.thread_ts).toBe(answerTs);
    expect(blocksOf(inThread)[0]!.text!.text).toMatch(/^_How did Russia vote/);
  });

  it('never sends a live mention, in any message or private note', () => {
    const sent = [...fake.calls.filter((c) => c.method.startsWith('chat.')).map((c) => c.args), ...fake.responses.map((r) => r.body)];
    expect(sent.length).toBeGreaterThan(8);
    for (const message of sent) expect(JSON.stringify(message)).not.toMatch(LIVE_MENTION);
  });
});
