// Tokens and secrets never reach the log: the real Slack and Discord adapters against the fakes, every line
// captured at trace level (the most the libraries say), happy and error paths driven, each line checked.
import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../support/cleanups.ts';
import { startBot } from '../../src/app/startBot.ts';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, startFakeSlack } from '../adapters/slack/fakeSlack.ts';
import { APP_ID, BOT_USER, FakeDiscord, TOKEN as DISCORD_TOKEN, mention } from '../adapters/discord/fakeDiscord.ts';
import { captureLog } from '../support/captureLog.ts';
import { quietConsole, testConfig, waitUntil } from '../support/startBotHelpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const SECRETS = [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DISCORD_TOKEN];
const cleanups = cleanUpAfterEach();


/** Asserts that no line holds a secret (nor an interaction token), after checking there is something to check. */
function expectNoSecrets(text: string, extra: string[] = []): void {
  const lines = text.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(20);
  for (const line of lines) {
    for (const secret of [...SECRETS, ...extra]) expect(line.includes(secret), `a log line holds "${secret}": ${line.slice(0, 400)}`).toBe(false);
  }
}

describe('the logs never hold a token or secret', () => {
  it('while Slack (HTTP mode) and Discord answer, fail and stop', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const config = testConfig({
      LOG_LEVEL: 'trace',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
    });
    const log = captureLog('trace', SECRETS);
    const running = await startBot(config, log.logger, quietConsole());
    cleanups.push(() => running.stop());
    const eventsUrl = `http://127.0.0.1:${running.healthPorts[0]}/slack/events`;

    // Slack: answers, a refused response_url, a failing chat.postMessage, a bad signature.
    const answered = slack.newResponseUrl();
    await slack.sendSlashCommand(eventsUrl, `ask ${QUESTION}`, { responseUrl: answered.url });
    await slack.responsesTo(answered.id);
    slack.setResponseStatus(500);
    const refused = slack.newResponseUrl();
    await slack.sendSlashCommand(eventsUrl, 'status', { responseUrl: refused.url });
    await slack.waitFor(() => log.lines().some((l) => l.msg === 'slack: answering failed'), 'the failure to be logged');
    slack.setResponseStatus(200);
    slack.failNext('chat.postMessage', 'internal_error', 5);
    await slack.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts: '1700004000.000100', channel: 'C0GENERAL' });
    await slack.waitFor(() => log.lines().filter((l) => l.level === 50).length >= 3, 'the mention failures to be logged');
    expect((await slack.sendSlashCommand(eventsUrl, 'status', { signature: 'v0=bad' })).status).toBe(401);

    // Discord: an answer, a callback Discord refuses (its URL holds the interaction token), a mention.
    const ok = discord.sendCommand('ask', { question: QUESTION });
    await discord.waitForRequest((r) => r.path === `/interactions/${ok.id}/${ok.token}/callback`);
    discord.failNextCallback({ status: 400, code: 50035, message: 'Invalid Form Body' });
    const failing = discord.sendCommand('ask', { question: QUESTION });
    await waitUntil(() => log.lines().some((l) => l.msg === 'discord command failed'), 'the Discord failure to be logged');
    const asked = discord.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    await discord.waitForRequest((r) => r.body?.message_reference?.message_id === asked);
    await running.stop();

    const text = log.text();
    expect(log.lines().some((l) => l.msg === 'question' && l.platform === 'discord')).toBe(true);
    expect(log.lines().some((l) => l.msg === 'discord command failed')).toBe(true);
    expectNoSecrets(text, [ok.token, failing.token]);
    // Nor any user's question: not even in the body of the Discord request that failed.
    expect(text).not.toContain(QUESTION);
  }, 30_000);

  it('while Slack (Socket Mode) answers and stops, and when a wrong token fails the start', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const log = captureLog('trace', SECRETS);
    const running = await startBot(testConfig({ LOG_LEVEL: 'trace', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl }), log.logger, quietConsole());
    cleanups.push(() => running.stop());
    const { id, url } = slack.newResponseUrl();
    await slack.sendEnvelope('slash_commands', slack.slashCommandFields(`ask ${QUESTION}`, { responseUrl: url }));
    await slack.responsesTo(id);
    await running.stop();

    const wrong = 'xoxb-TEST-SECRET-123';
    const failedLog = captureLog('trace', [wrong, SIGNING_SECRET]);
    const failed = startBot(testConfig({ LOG_LEVEL: 'trace', SLACK_BOT_TOKEN: wrong, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' }), failedLog.logger, quietConsole());
    const error = await failed.then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/invalid_auth/);
    expect(error?.message).not.toContain(wrong);
    expect(slack.callsOf('auth.test').some((c) => c.token === wrong)).toBe(true); // the token was really used
    expectNoSecrets(log.text() + failedLog.text(), [wrong]);
    expect(log.text()).not.toContain(QUESTION);
  }, 30_000);
});
