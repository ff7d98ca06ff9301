// `npm start` (bin/isf.js start, its own process) with credentials users get wrong: one line naming the variable or
// the service and what to check, no stack trace, exit 1. Against the wire-level fakes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../support/paths.ts';
import { closedPort } from '../support/ports.ts';
import { runIsf } from '../support/spawnIsf.ts';
import { APP_ID, FakeDiscord, TOKEN } from '../adapters/discord/fakeDiscord.ts';
import { BOT_TOKEN, SIGNING_SECRET, startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';

let slack: FakeSlack;
let discord: FakeDiscord;

beforeAll(async () => {
  slack = await startFakeSlack();
  discord = await FakeDiscord.start();
});

afterAll(async () => {
  await slack?.close();
  await discord?.close();
});

/** Runs `isf start` until it exits; its exit code and stderr. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return runIsf(['start'], { CORPUS_DIR, PORT: '0', LOG_LEVEL: 'warn', ...env });
}

/**
 * Exactly one plain-text line (not a JSON log line) is the error; every other line is a JSON log line (a client's
 * retry warning may be flushed after it at exit); no line is a stack frame.
 */
function expectOneLineError(run: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  const plain = lines.filter((line) => !line.startsWith('{'));
  expect(plain).toHaveLength(1);
  expect(plain[0]).toMatch(/^isf: /);
  expect(plain[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('"stack"');
}

describe('isf start with credentials that do not work', () => {
  it('names SLACK_BOT_TOKEN when Slack says invalid_auth', async () => {
    const run = await start({ SLACK_BOT_TOKEN: 'xoxb-not-the-right-one', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    expectOneLineError(run, /SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\): check it is the Bot User OAuth Token/);
  }, 60_000);

  it('says SLACK_BOT_TOKEN was revoked and to reinstall when Slack says token_revoked', async () => {
    slack.failNext('auth.test', 'token_revoked', 10);
    const run = await start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    expectOneLineError(run, /SLACK_BOT_TOKEN was revoked \(token_revoked\): reinstall the app/);
  }, 60_000);

  it('names the Slack Web API address when nothing answers there', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/`;
    const run = await start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: url });
    expectOneLineError(run, new RegExp(`cannot reach Slack's Web API at ${url.replace(/[.]/g, '\\.')} \\(ECONNREFUSED\\): check the network connection and SLACK_API_URL`));
  }, 60_000);

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    const run = await start({ DISCORD_TOKEN: 'not-the-right-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl });
    expectOneLineError(run, /DISCORD_TOKEN was rejected by Discord \(401 Unauthorized\)/);
  }, 60_000);

  it('names the Discord address when Discord cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api`;
    const run = await start({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: url });
    expectOneLineError(run, new RegExp(`cannot reach Discord at ${url.replace(/[.]/g, '\\.')} \\(ECONNREFUSED\\): check the network connection and DISCORD_API_URL`));
  }, 60_000);
});
