import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { BOT_USER_ID } from '../adapters/slack/fakeSlack.ts';
import { dropSchema, freshSchema, PG_TEST_URL, urlWithSchema } from './pgTestDatabase.ts';
import { scratchDir, startSlackBot, type SlackBotProcess } from '../support/slackBotProcess.ts';

const RATE_LIMIT = 4;
const LIMITED = /asking faster than/;

// The outside check: two `npm start` processes on one PostgreSQL database, on different ports behind the same fake
// Slack, share one user's rate limit and the ids of the events they have answered.
describe('two replicas on one PostgreSQL database', () => {
  const schema = freshSchema('isf_replicas');
  const scratches = [scratchDir(), scratchDir()];
  let fake: FakeSlack;
  let replicas: SlackBotProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    // Started together, so both migrate the empty schema at once (the advisory lock makes them take turns).
    replicas = await Promise.all(
      scratches.map((s) => startSlackBot(fake, s.dir, { DATABASE_URL: urlWithSchema(schema), RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), LOG_LEVEL: 'debug' })),
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await fake?.close();
    for (const s of scratches) s.remove();
    await dropSchema(schema);
  });

  async function slash(replica: SlackBotProcess, text: string, userId: string): Promise<string> {
    const { id, url } = fake.newResponseUrl();
    expect((await fake.sendSlashCommand(replica.eventsUrl, text, { responseUrl: url, userId })).status).toBe(200);
    const [post] = await fake.responsesTo(id);
    return JSON.stringify(post!.body);
  }

  it('use PostgreSQL, both up', async () => {
    for (const replica of replicas) {
      const store = async () => ((await (await fetch(`http://127.0.0.1:${replica.port}/readyz`)).json()) as { store: { engine: string; up: boolean } }).store;
      await expect.poll(store, { timeout: 15_000, interval: 100 }).toMatchObject({ engine: 'postgres', up: true });
    }
  });

  it('give one user the rate limit once in total, whichever replica each question reaches', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 2 * RATE_LIMIT + 2; i += 1) replies.push(await slash(replicas[i % 2]!, `How many troops has Pakistan sent to UN peacekeeping missions? (${i})`, 'U0LIMITED'));
    expect(replies.filter((r) => LIMITED.test(r))).toHaveLength(RATE_LIMIT + 2);
    expect(replies.slice(0, RATE_LIMIT).every((r) => !LIMITED.test(r) && r.includes('¶'))).toBe(true);
    // Another user is not slowed by it, on either replica.
    expect(await slash(replicas[1]!, 'How many troops has Pakistan sent to UN peacekeeping missions?', 'U0OTHER')).not.toMatch(LIMITED);
  });

  it('answer an event re-delivered to the other replica once, and the same event reaching both at once once', async () => {
    const answersIn = (ts: string): number => fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
    const ignoredBy = (replica: SlackBotProcess, eventId: string): boolean => replica.logLines().some((l) => l.msg === 'slack: ignoring a re-delivered event' && l.eventId === eventId);
    const mention = (ts: string): Record<string, unknown> => fake.eventCallback({ type: 'app_mention', user: 'U0MENTION', text: `<@${BOT_USER_ID}> What did Rubio say about Pakistan?`, ts, channel: 'C0GENERAL' });
    // Slack signs each delivery afresh: a later timestamp, so the signature differs and only the event id is the same.
    const deliver = (replica: SlackBotProcess, envelope: Record<string, unknown>, secondsLater = 0) =>
      fake.postToApp(replica.eventsUrl, JSON.stringify(envelope), 'application/json', { timestamp: Math.floor(Date.now() / 1000) + secondsLater });

    const retried = mention('1700003000.000100');
    expect((await deliver(replicas[0]!, retried)).status).toBe(200);
    await fake.waitFor(() => answersIn('1700003000.000100') === 1, 'the first delivery to be answered', 10_000);
    expect((await deliver(replicas[1]!, retried, 1)).status).toBe(200);
    await fake.waitFor(() => ignoredBy(replicas[1]!, retried.event_id as string), 'the second replica to ignore the re-delivery', 10_000);

    const raced = mention('1700003001.000100');
    const statuses = await Promise.all([deliver(replicas[0]!, raced), deliver(replicas[1]!, raced, 1)]);
    expect(statuses.map((s) => s.status)).toEqual([200, 200]);
    await fake.waitFor(() => answersIn('1700003001.000100') === 1, 'one answer to the raced event', 10_000);
    await fake.waitFor(() => replicas.some((r) => ignoredBy(r, raced.event_id as string)), 'one replica to ignore the raced event', 10_000);
    expect(answersIn('1700003000.000100')).toBe(1);
    expect(answersIn('1700003001.000100')).toBe(1);
  });

  it('keep every question of both in the one database, with hashed user ids only', async () => {
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      const questions = await client.query<{ n: string }>(`select count(*) as n from "${schema}".questions`);
      expect(Number(questions.rows[0]!.n)).toBeGreaterThanOrEqual(RATE_LIMIT + 1);
      const raw = await client.query(`select 1 from "${schema}".questions where user_hash like 'U0%' union all select 1 from "${schema}".rate_windows where key like '%U0%'`);
      expect(raw.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
