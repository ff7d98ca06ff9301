import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, signSlackRequest, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { corpusText, quotesOf, type WireBlock } from './helpers.ts';
import { freePort } from '../../support/ports.ts';
import { startSlackBot, type SlackBotProcess } from '../../support/slackBotProcess.ts';
import { spawnIsf } from '../../support/spawnIsf.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';

// What the outside check does: `npm start` (node bin/isf.js start) with the Slack variables pointed at a fake Slack.
describe('npm start with Slack HTTP mode variables', () => {
  let fake: FakeSlack;
  let bot: SlackBotProcess;
  let eventsUrl: string;
  let story: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    story = await corpusText();
    bot = await startSlackBot(fake, await makeTempDir('isf-start-')); // no .env, its own ./data
    ({ eventsUrl } = bot);
  });

  afterAll(async () => {
    await bot?.stop();
    await removeTempDirs();
    await fake?.close();
  });

  async function slash(text: string) {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendSlashCommand(eventsUrl, text, { responseUrl: url });
    const [post] = await fake.responsesTo(id);
    return { http, body: post!.body };
  }

  function expectCitedVerbatimQuote(body: Record<string, unknown>): void {
    const quotes = quotesOf(body.blocks as WireBlock[]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const { quote, citation } of quotes) {
      expect(story).toContain(quote);
      expect(citation).toMatch(/¶\d+/);
    }
  }

  it.each([['status'], ['ask How many troops has Pakistan sent to UN peacekeeping missions?'], ['Did Pakistan commit troops to the ISF?']])(
    'acknowledges /isf %s with 200 within 3 s and answers with a cited verbatim quote',
    async (text) => {
      const { http, body } = await slash(text);
      expect(http.status).toBe(200);
      expect(http.ms).toBeLessThan(3000);
      expectCitedVerbatimQuote(body);
    },
  );

  it('answers a question carrying <!everyone> and <!channel> without echoing them live', async () => {
    const { http, body } = await slash('<!everyone> <!channel> How many troops has Pakistan sent to UN peacekeeping missions?');
    expect(http.status).toBe(200);
    expect(JSON.stringify(body)).not.toMatch(/<!everyone>|<!channel>/);
    expectCitedVerbatimQuote(body);
  });

  it('answers an app_mention with chat.postMessage in the message’s thread', async () => {
    const ts = '1700002000.000100';
    const http = await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> What did Rubio say about Pakistan?`, ts, channel: 'C0GENERAL' });
    expect(http.status).toBe(200);
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage').find((c) => c.args.thread_ts === ts), 'the threaded answer');
    expect(post.args.channel).toBe('C0GENERAL');
    expectCitedVerbatimQuote(post.args);
  });

  it('gives 401 to a bad signature and to a 10-minute-old timestamp', async () => {
    const bad = await fake.sendSlashCommand(eventsUrl, 'status', { signature: 'v0=0000' });
    expect(bad.status).toBe(401);
    const timestamp = Math.floor(Date.now() / 1000) - 600;
    const body = new URLSearchParams(fake.slashCommandFields('status')).toString();
    const stale = await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp, signature: signSlackRequest(body, timestamp) });
    expect(stale.status).toBe(401);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await bot.stop()).toBe(0);
    expect(bot.stderr()).toContain('slack: stopped');
  });
});

describe('npm start with Slack Socket Mode variables', () => {
  it('connects over the socket, answers /isf status, and closes the socket on SIGTERM', async () => {
    const fake = await startFakeSlack();
    const story = await corpusText();
    const bot = spawnIsf(['start'], { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, PORT: String(await freePort()) });
    try {
      await fake.waitFor(() => fake.openSockets === 1 && bot.stderr().includes('slack: ready'), 'the socket to connect', 15_000);
      const { id, url } = fake.newResponseUrl();
      const { ms } = await fake.sendEnvelope('slash_commands', fake.slashCommandFields('status', { responseUrl: url }));
      expect(ms).toBeLessThan(3000);
      const [post] = await fake.responsesTo(id);
      const quotes = quotesOf(post!.body.blocks as WireBlock[]);
      expect(quotes.length).toBeGreaterThan(0);
      for (const { quote } of quotes) expect(story).toContain(quote);
      expect(await bot.stop()).toBe(0);
      await fake.waitFor(() => fake.socketsClosed === 1, 'the socket to close');
    } finally {
      if (bot.child.exitCode === null) {
        bot.child.kill('SIGKILL');
        await bot.exited;
      }
      await fake.close();
    }
  });
});
