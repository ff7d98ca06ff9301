// The bot as `npm start` runs it (node bin/isf.js start, a separate process): graceful shutdown with replies in
// flight, health endpoints, SIGHUP and live reload, and the console chat's own ways out.
import type { ChildProcess } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { quotesOf, type WireBlock } from '../adapters/slack/helpers.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { getJson, waitUntil } from '../support/startBotHelpers.ts';
import { CORPUS_DIR } from '../support/paths.ts';
import { freePort } from '../support/ports.ts';
import { spawnIsf, type SpawnedIsf } from '../support/spawnIsf.ts';

const children: ChildProcess[] = [];

/** Starts `isf start` on the shipped corpus, logging at info unless `env` says otherwise; killed after each test. */
function start(env: Record<string, string>): SpawnedIsf {
  const bot = spawnIsf(['start'], { CORPUS_DIR, LOG_LEVEL: 'info', ...env });
  children.push(bot.child);
  return bot;
}

async function waitForLog(started: SpawnedIsf, text: string, timeoutMs = 20_000): Promise<void> {
  await waitUntil(() => {
    if (started.child.exitCode !== null) throw new Error(`the bot exited early:\n${started.stderr()}`);
    return started.stderr().includes(text);
  }, `"${text}" in the log`, timeoutMs, 50);
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((done) => child.once('exit', done));
    }
  }
});

afterAll(removeTempDirs);

describe('npm start with Slack in HTTP mode: SIGTERM while replies are in flight', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  /** Starts the bot on the fake Slack, sends `count` slash commands that Slack takes `delayMs` to accept, and SIGTERMs it once all are acknowledged. */
  async function sigtermWithAnswersInFlight(count: number, delayMs: number, env: Record<string, string> = {}) {
    fake = await startFakeSlack();
    const port = await freePort();
    const healthPort = await freePort();
    const bot = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), HEALTH_PORT: String(healthPort), ...env });
    await waitForLog(bot, 'slack: ready', 60_000);
    const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    expect(await getJson(`http://127.0.0.1:${port}/readyz`)).toMatchObject({ status: 200, body: { ready: true, adapters: { slack: 'connected' } } });

    // Slack takes a while to accept each reply, so every answer is still in flight when SIGTERM comes.
    fake.setResponseDelay(delayMs);
    const sent = Array.from({ length: count }, (_, i) => {
      const { id, url } = fake!.newResponseUrl();
      const text = i % 2 === 0 ? 'How many troops has Pakistan sent to UN peacekeeping missions?' : 'status';
      return { id, ack: fake!.sendSlashCommand(eventsUrl, text, { responseUrl: url, userId: `U0USER${i}` }) };
    });
    const acks = await Promise.all(sent.map((s) => s.ack));
    expect(acks.map((a) => a.status)).toEqual(Array(count).fill(200));
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    // Under load some answers may already be through; the probe needs most of them still on their way.
    expect(fake.responses.length).toBeLessThan(count / 2);
    return { bot, sent, signalled, healthPort };
  }

  it('posts all 50 acknowledged answers when Slack takes 1 s for each, says "not ready" while draining, and exits 0', async () => {
    const { bot, sent, signalled, healthPort } = await sigtermWithAnswersInFlight(50, 1000);
    // The signal arrives a moment later than kill() returns: poll while the replies are still being sent.
    const draining = await waitUntil(async () => {
      const readyz = await getJson(`http://127.0.0.1:${healthPort}/readyz`);
      return readyz.status === 503 ? readyz : undefined;
    }, '/readyz to say 503 while draining', 900);
    expect(draining.body).toMatchObject({ ready: false });

    const code = await bot.exited;
    const at = bot.exitedAt()!;
    expect(code).toBe(0);
    // Within the default drain (SHUTDOWN_DRAIN_SECONDS=25) and the supervisor's grace after it.
    expect(at - signalled).toBeLessThan(30_000);
    for (const { id } of sent) {
      const posts = fake!.responses.filter((r) => r.id === id);
      expect(posts, `reply to ${id}`).toHaveLength(1);
      expect(quotesOf(posts[0]!.body.blocks as WireBlock[]).length).toBeGreaterThan(0);
    }
    expect(bot.stderr()).toContain('slack: stopped');
    expect(bot.stderr()).not.toMatch(/never sent|lost/);
  }, 120_000);

  it('exits 1 and says how many answers it lost when they cannot go out within SHUTDOWN_DRAIN_SECONDS', async () => {
    const { bot } = await sigtermWithAnswersInFlight(6, 8000, { SHUTDOWN_DRAIN_SECONDS: '1' });
    const code = await bot.exited;
    expect(code).toBe(1);
    const line = bot.stderr().split('\n').find((l) => l.includes('were never sent'));
    expect(line, bot.stderr()).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 50, unsent: 6 });
  }, 120_000);
});

describe('npm start with Slack in HTTP mode: fair use with the default settings', () => {
  it('answers one user 10 of 30 questions sent in a minute, with a private note for the rest, while another user is answered', async () => {
    const fake = await startFakeSlack();
    try {
      const port = await freePort();
      const bot = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port) });
      await waitForLog(bot, 'slack: ready');
      const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
      const ask = async (userId: string) => {
        const { id, url } = fake.newResponseUrl();
        const ack = await fake.sendSlashCommand(eventsUrl, 'Who abstained in the UN vote?', { responseUrl: url, userId });
        expect(ack.status).toBe(200);
        return (await fake.responsesTo(id))[0]!.body;
      };
      const fast: Record<string, unknown>[] = [];
      const other: Record<string, unknown>[] = [];
      for (let i = 0; i < 30; i++) {
        fast.push(await ask('U0FAST'));
        if (i % 5 === 4) other.push(await ask('U0CALM'));
      }
      const notes = fast.filter((body) => /^You're asking faster than 10 questions a minute; try again in \d+ s\.$/.test(String(body.text)));
      expect(notes).toHaveLength(20);
      expect(notes.every((body) => body.response_type === 'ephemeral')).toBe(true);
      expect(fast.slice(0, 10).every((body) => quotesOf(body.blocks as WireBlock[]).length > 0)).toBe(true);
      expect(other).toHaveLength(6);
      expect(other.every((body) => quotesOf(body.blocks as WireBlock[]).length > 0)).toBe(true);
      // A question's line is written once its reply is delivered, a moment after the fake has it.
      const questionLines = () => bot.stderr().split('\n').filter((line) => line.includes('"msg":"question"'));
      await waitUntil(() => questionLines().length >= 36, '36 question lines');
      expect(questionLines()).toHaveLength(36);
      expect(questionLines().filter((line) => line.includes('"limited":true'))).toHaveLength(20);
      expect(bot.stderr()).not.toContain('U0FAST');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      await fake.close();
    }
  }, 40_000);
});

describe('npm start with the console chat', () => {
  it('serves health on HEALTH_PORT, reloads on SIGHUP and on a new story, and exits 0 at the end of its input', async () => {
    const dir = await makeTempCorpus({});
    await cp('corpus', dir, { recursive: true });
    const healthPort = await freePort();
    const bot = start({ CORPUS_DIR: dir, HEALTH_PORT: String(healthPort) });
    await waitForLog(bot, 'adapter started');
    expect(await getJson(`http://127.0.0.1:${healthPort}/readyz`)).toMatchObject({ status: 200, body: { ready: true, corpus: { documents: 1, passages: 20 }, adapters: { console: 'connected' } } });

    bot.child.kill('SIGHUP');
    await waitForLog(bot, '"reason":"SIGHUP"');
    expect(bot.child.exitCode).toBeNull();

    await writeFile(join(dir, 'zoo.md'), story({ title: 'Zoo news' }, ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday.']));
    await waitUntil(async () => ((await getJson(`http://127.0.0.1:${healthPort}/healthz`)).body.corpus as { documents: number }).documents === 2, 'the new story in the index', 5000, 100);
    bot.child.stdin!.write('How many zebras does the Gaza zoo keep?\n');
    await waitUntil(() => bot.stdout().includes('42 zebras'), 'the answer from the new story', 5000);

    bot.child.stdin!.end();
    const code = await bot.exited;
    expect(code).toBe(0);
  }, 40_000);

  it('exits 0 on Ctrl-C (SIGINT)', async () => {
    const bot = start({});
    await waitForLog(bot, 'adapter started');
    const signalled = Date.now();
    bot.child.kill('SIGINT');
    const code = await bot.exited;
    const at = bot.exitedAt()!;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(5000);
  }, 30_000);
});
