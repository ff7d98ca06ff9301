import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { feedbackOf, quotesOf, type WireBlock } from '../adapters/slack/helpers.ts';
import type { StoreHealth } from '../../src/store/types.ts';
import { dropSchema, freshSchema, PG_TEST_URL, urlWithSchema } from './pgTestDatabase.ts';
import { scratchDir, startSlackBot, type SlackBotProcess } from '../support/slackBotProcess.ts';
import { startTcpProxy, type TcpProxy } from './tcpProxy.ts';

const QUESTION = 'How many troops has Pakistan sent to UN peacekeeping missions?';

// The outside check stops PostgreSQL for a few seconds; here a TCP proxy between the bot and the machine's
// PostgreSQL is cut and restored instead, so other tests on the same server are not disturbed.
describe('npm start on PostgreSQL while the database goes away and comes back', () => {
  const schema = freshSchema('isf_outage');
  const scratch = scratchDir();
  let fake: FakeSlack;
  let proxy: TcpProxy;
  let bot: SlackBotProcess;

  beforeAll(async () => {
    fake = await startFakeSlack();
    proxy = await startTcpProxy(Number(new URL(PG_TEST_URL).port || 5432));
    const url = new URL(urlWithSchema(schema));
    url.port = String(proxy.port);
    bot = await startSlackBot(fake, scratch.dir, { DATABASE_URL: url.href, RATE_LIMIT_PER_MINUTE: '100' });
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await proxy?.close();
    await fake?.close();
    scratch.remove();
    await dropSchema(schema);
  });

  async function storeHealth(): Promise<StoreHealth> {
    return ((await (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).json()) as { store: StoreHealth }).store;
  }

  async function ask(text: string, userId: string): Promise<Record<string, unknown>> {
    const { id, url } = fake.newResponseUrl();
    expect((await fake.sendSlashCommand(bot.eventsUrl, text, { responseUrl: url, userId })).status).toBe(200);
    const [post] = await fake.responsesTo(id, 1);
    return post!.body;
  }

  async function voteDown(answer: Record<string, unknown>, voter: string): Promise<void> {
    const feedback = feedbackOf(answer.blocks as WireBlock[])!;
    const { url } = fake.newResponseUrl();
    const action = fake.blockActions({ action_id: feedback.actionId, value: feedback.down, type: 'feedback_buttons' }, { userId: voter, channelId: 'C0GENERAL', responseUrl: url });
    expect((await fake.sendBlockAction(bot.eventsUrl, action)).status).toBe(200);
  }

  async function rows(sql: string): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }

  it('keeps answering while the database is away, and writes every question and vote once it is back', async () => {
    const before = await ask(`${QUESTION} (before)`, 'U0BEFORE');
    await voteDown(before, 'U0VOTER1');
    await expect.poll(async () => (await rows(`select count(*)::int as n from "${schema}".votes`))[0]!.n, { timeout: 10_000 }).toBe(1);

    await proxy.cut();
    // Every answer still comes, with its quotes; the store notices and buffers.
    const during: Record<string, unknown>[] = [];
    for (let i = 0; i < 4; i += 1) during.push(await ask(`${QUESTION} (during ${i})`, `U0DURING${i}`));
    for (const answer of during) expect(quotesOf(answer.blocks as WireBlock[]).length).toBeGreaterThan(0);
    await voteDown(during[0]!, 'U0VOTER2');
    await voteDown(during[1]!, 'U0VOTER3');
    await expect.poll(async () => (await storeHealth()).pendingWrites, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    const down = await storeHealth();
    expect(down).toMatchObject({ engine: 'postgres', up: false });
    expect(down.failures).toBeGreaterThan(0);

    await proxy.restore();
    await expect.poll(async () => storeHealth(), { timeout: 15_000, interval: 200 }).toMatchObject({ up: true, pendingWrites: 0 });
    const texts = (await rows(`select text from "${schema}".questions order by at`)).map((r) => r.text);
    expect(texts).toEqual([`${QUESTION} (before)`, ...[0, 1, 2, 3].map((i) => `${QUESTION} (during ${i})`)]);
    const votes = await rows(`select question, vote from "${schema}".votes order by at`);
    expect(votes).toEqual([
      { question: `${QUESTION} (before)`, vote: 'down' },
      { question: `${QUESTION} (during 0)`, vote: 'down' },
      { question: `${QUESTION} (during 1)`, vote: 'down' },
    ]);

    // After the outage the bot is as before: it answers, writes straight to the database and reports.
    await ask(`${QUESTION} (after)`, 'U0AFTER');
    await expect.poll(async () => (await rows(`select count(*)::int as n from "${schema}".questions`))[0]!.n, { timeout: 10_000 }).toBe(6);
    expect(bot.exitCode()).toBeUndefined();
    // No crash, no unhandled driver error: the only warnings are the store's own lines.
    const problems = bot.logLines().filter((l) => Number(l.level) >= 50);
    expect(problems).toEqual([]);
    expect(bot.stderr()).not.toMatch(/Connection terminated unexpectedly[\s\S]*at /);
  });

  it('survives the connection dropping in the middle of a statement, with a burst of questions under way, and stops cleanly', async () => {
    // The next statement the bot sends is cut off mid-flight: the connection it was on errors while checked out.
    const cut = proxy.cutOnNextRequest();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => ask(`${QUESTION} (burst ${i})`, `U0BURST${i}`)));
    await cut;
    expect(answers.every((a) => quotesOf(a.blocks as WireBlock[]).length > 0)).toBe(true);
    await proxy.restore();
    await expect.poll(async () => storeHealth(), { timeout: 15_000, interval: 200 }).toMatchObject({ up: true, pendingWrites: 0 });
    const burst = await rows(`select text from "${schema}".questions where text like '%(burst %'`);
    expect(burst).toHaveLength(6);
    expect(bot.logLines().filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(await bot.stop()).toBe(0);
  });
});
