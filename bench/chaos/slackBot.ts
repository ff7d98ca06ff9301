// A spawned bot in Slack HTTP mode against the fake Slack, for the chaos probes: start it, time one ack, ask one
// question and wait for its answer on the response_url.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BOT_TOKEN, SIGNING_SECRET, signSlackRequest, startFakeSlack, type FakeSlack } from '../../tests/adapters/slack/fakeSlack.ts';
import { REPO_ROOT } from '../paths.ts';
import { freePort, sleep, spawnIsf, status, waitFor, type Spawned } from './harness.ts';

/** The corpus shipped with the bot. */
export const SHIPPED_CORPUS = resolve(REPO_ROOT, 'corpus');

/** Longest wait for one ack before it counts as never given. */
export const ACK_GIVE_UP_MS = 5000;

/** A running Slack bot and its fake. */
export interface SlackBot {
  bot: Spawned;
  fake: FakeSlack;
  eventsUrl: string;
  port: number;
  /** Its corpus folder (a scratch copy unless one was given). */
  dir: string;
  /** Kills the bot and closes the fake; removes the scratch corpus when it made one. */
  close(): Promise<void>;
}

/** A scratch corpus: a copy of the shipped one. */
export async function scratchCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'isf-chaos-'));
  await cp(SHIPPED_CORPUS, dir, { recursive: true });
  return dir;
}

/** Starts a bot in Slack HTTP mode on `corpusDir` (a scratch copy of the shipped corpus by default), ready within `readyMs`. */
export async function startSlackBot(options: { corpusDir?: string; readyMs?: number; env?: Record<string, string> } = {}): Promise<SlackBot> {
  const fake = await startFakeSlack();
  const port = await freePort();
  const dir = options.corpusDir ?? (await scratchCorpus());
  const bot = spawnIsf(['start'], {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    CORPUS_DIR: dir,
    RATE_LIMIT_PER_MINUTE: '1000',
    ...options.env,
  });
  const close = async (): Promise<void> => {
    bot.kill();
    await bot.exited;
    await fake.close();
    if (!options.corpusDir) await rm(dir, { recursive: true, force: true });
  };
  const readyMs = options.readyMs ?? 30_000;
  const ready = await waitFor(async () => (await status(`http://127.0.0.1:${port}/readyz`)) === 200 || bot.child.exitCode !== null, readyMs);
  if (!ready || bot.child.exitCode !== null) {
    const tail = bot.stderr().slice(-800);
    await close();
    throw new Error(`the Slack bot did not become ready within ${readyMs / 1000} s:\n${tail}`);
  }
  return { bot, fake, eventsUrl: `http://127.0.0.1:${port}/slack/events`, port, dir, close };
}

/** Sends a signed `/isf help` and returns how long the ack took, or undefined when none came within ACK_GIVE_UP_MS. */
export async function timedAck(fake: FakeSlack, eventsUrl: string): Promise<number | undefined> {
  const body = new URLSearchParams(fake.slashCommandFields('help')).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const response = await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackRequest(body, timestamp) },
      body,
      signal: AbortSignal.timeout(ACK_GIVE_UP_MS),
    });
    await response.text();
    return response.ok ? performance.now() - started : undefined;
  } catch {
    return undefined;
  }
}

/** Asks `/isf ask QUESTION` and returns how long its answer took to reach the response_url, or undefined after `limitMs`. */
export async function timedAnswer(slack: SlackBot, question: string, limitMs: number, userId = 'U0ASKER'): Promise<number | undefined> {
  const { id, url } = slack.fake.newResponseUrl();
  const started = performance.now();
  await slack.fake.sendSlashCommand(slack.eventsUrl, `ask ${question}`, { responseUrl: url, userId }).catch(() => undefined);
  const answered = await waitFor(() => slack.fake.responses.some((r) => r.id === id), limitMs);
  return answered ? performance.now() - started : undefined;
}

/** Keeps one ack in flight every `gapMs` until `stop()` is true: the time of each (ACK_GIVE_UP_MS when none came), and when each was in flight. */
export async function ackLoop(slack: SlackBot, gapMs: number, stop: () => boolean): Promise<{ acks: number[]; missed: number; spans: [number, number][] }> {
  const acks: number[] = [];
  const spans: [number, number][] = [];
  let missed = 0;
  while (!stop()) {
    const sent = performance.now();
    const ms = await timedAck(slack.fake, slack.eventsUrl);
    if (ms === undefined) missed += 1;
    acks.push(ms ?? ACK_GIVE_UP_MS);
    spans.push([sent, performance.now()]);
    await sleep(gapMs);
  }
  return { acks, missed, spans };
}
