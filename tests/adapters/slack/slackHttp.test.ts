import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot/bot.ts';
import type { BotReply } from '../../../commands/reply.ts';
import { renderSlackBlocks, SHARE_ACTION_ID } from '../../../src/adapters/slack/renderSlackBlocks.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, signSlackRequest, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { corpusText, LIVE_MENTION, quotesOf, shareButtonOf, startHttpAdapter, unescape, type WireBlock } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN peacekeeping missions?';

describe('Slack adapter in HTTP mode (real Bolt App against a fake Slack)', () => {
  let fake: FakeSlack;
  let bot: Bot;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  let story: string;
  const log = captureLog();

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = (await loadStoryBot()).bot;
    story = await corpusText();
    ({ adapter, eventsUrl } = await startHttpAdapter(fake, bot, log.logger));
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  /** Sends `/isf <text>` and returns the HTTP answer and the first post to its response_url. */
  async function slash(text: string, userId?: string) {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendSlashCommand(eventsUrl, text, { responseUrl: url, ...(userId && { userId }) });
    const [post] = await fake.responsesTo(id);
    return { http, body: post!.body, blocks: post!.body.blocks as WireBlock[] };
  }

  /** Checks that a Slack message quotes the story verbatim, as the bot answered, with ¶ citations. */
  function expectQuotedAnswer(blocks: WireBlock[], expected: BotReply): void {
    const quotes = quotesOf(blocks);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.map((q) => q.quote)).toEqual(expected.quotes.slice(0, 3).map((q) => q.quote));
    for (const { quote, citation } of quotes) {
      expect(story).toContain(quote);
      expect(citation).toMatch(/¶\d+/);
    }
  }

  it('checks the bot token with auth.test when it starts', () => {
    expect(fake.callsOf('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expect(adapter.state).toBe('connected');
  });

  it('acknowledges /isf status at once and answers privately with verbatim, cited quotes', async () => {
    const { http, body, blocks } = await slash('status');
    expect(http.status).toBe(200);
    expect(http.ms).toBeLessThan(3000);
    expect(body.response_type).toBe('ephemeral');
    expectQuotedAnswer(blocks, bot.runText('status'));
    expect(body.text).toMatch(/¶\d+/);
  });

  it('answers /isf ask <question> with the quotes the bot gives', async () => {
    const { http, body, blocks } = await slash(`ask ${QUESTION}`);
    expect(http.status).toBe(200);
    expect(http.ms).toBeLessThan(3000);
    expectQuotedAnswer(blocks, bot.run('ask', { question: QUESTION }));
    expect(body).toEqual({ response_type: 'ephemeral', ...renderSlackBlocks(bot.runText(`ask ${QUESTION}`), { shareCommandText: `ask ${QUESTION}` }) });
  });

  it('treats /isf <question> without a subcommand as ask', async () => {
    const { blocks } = await slash(QUESTION);
    expectQuotedAnswer(blocks, bot.run('ask', { question: QUESTION }));
  });

  it('answers /isf search <terms> with matching passages', async () => {
    const { blocks } = await slash('search Security Council');
    const expected = bot.run('search', { terms: 'Security Council' });
    expect(expected.quotes.length).toBeGreaterThan(0);
    expectQuotedAnswer(blocks, expected);
  });

  it('lists the sources with /isf sources', async () => {
    const { body } = await slash('sources');
    expect(body).toEqual({ response_type: 'ephemeral', ...renderSlackBlocks(bot.runText('sources'), { shareCommandText: 'sources' }) });
    expect(JSON.stringify(body)).toContain(bot.engine.corpus.documents[0]!.id);
  });

  it.each([['help'], [''], ['ask'], ['search   ']])('gives help for %j, without a share button', async (text) => {
    const { body, blocks } = await slash(text);
    expect(body).toEqual({ response_type: 'ephemeral', ...renderSlackBlocks(bot.runText('help')) });
    expect(JSON.stringify(body)).toContain('/isf ask');
    expect(shareButtonOf(blocks)).toBeUndefined();
  });

  it('renders whatever the core makes of an unknown subcommand (parseCommandText decides)', async () => {
    const { body } = await slash('frobnicate');
    expect(body).toEqual({ response_type: 'ephemeral', ...renderSlackBlocks(bot.runText('frobnicate'), { shareCommandText: 'frobnicate' }) });
  });

  it('reads Slack-escaped command text as the user typed it', async () => {
    const { body } = await slash('search Pakistan &amp; Gaza');
    expect(body.blocks).toEqual(renderSlackBlocks(bot.runText('search Pakistan & Gaza'), { shareCommandText: 'search Pakistan & Gaza' }).blocks);
  });

  it('never echoes <!everyone>, <!channel>, <!here> or <@U…> live', async () => {
    const { body, blocks } = await slash(`ask <!everyone> <!channel> <!here> <@U0OTHER> ${QUESTION}`);
    const json = JSON.stringify(body);
    for (const token of ['<!everyone>', '<!channel>', '<!here>', '<@U0OTHER>']) expect(json).not.toContain(token);
    expect(json).toContain('&lt;!everyone&gt;');
    expect(quotesOf(blocks).length).toBeGreaterThan(0);
  });

  it('shares an answer to the channel when its button is clicked, saying who shared it', async () => {
    const text = `ask ${QUESTION}`;
    const { blocks } = await slash(text, 'U0ASKER');
    const button = shareButtonOf(blocks);
    expect(button).toEqual({ action_id: SHARE_ACTION_ID, value: text });

    const { id, url } = fake.newResponseUrl();
    const click = await fake.sendBlockAction(eventsUrl, fake.blockActions(button!, { userId: 'U0ASKER', channelId: 'C0GENERAL', responseUrl: url }));
    expect(click.status).toBe(200);
    const [shared, removed] = await fake.responsesTo(id, 2);
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.replace_original).toBe(false);
    const sharedBlocks = shared!.body.blocks as WireBlock[];
    // Named as Slack's payload names the sharer ("sharer" in the fake), never pinged with <@U0ASKER>.
    expect(JSON.stringify(sharedBlocks[0])).toContain('Shared by sharer');
    expect(quotesOf(sharedBlocks)).toEqual(quotesOf(blocks));
    expect(shareButtonOf(sharedBlocks)).toBeUndefined();
    expect(removed!.body).toEqual({ delete_original: true });
    // Every message the fake received in the share flow (responses and API calls) is free of live mentions.
    for (const message of [...fake.responses, ...fake.calls]) expect(JSON.stringify(message)).not.toMatch(LIVE_MENTION);
  });

  it('re-runs the command from the button rather than trusting blocks sent back', async () => {
    const { id, url } = fake.newResponseUrl();
    await fake.sendBlockAction(eventsUrl, fake.blockActions({ action_id: SHARE_ACTION_ID, value: 'status' }, { userId: 'U0SHARER', channelId: 'C0GENERAL', responseUrl: url }));
    const [shared] = await fake.responsesTo(id);
    expect(shared!.body.blocks).toEqual(renderSlackBlocks(bot.runText('status'), { sharedBy: 'sharer' }).blocks);
  });

  it('answers a mention in a thread on the message, with the mention stripped', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const ts = '1700000100.000200';
    const http = await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel: 'C0GENERAL' });
    expect(http.status).toBe(200);
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer to the mention');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.args.channel).toBe('C0GENERAL');
    expect(post.args.thread_ts).toBe(ts);
    expectQuotedAnswer(post.args.blocks as WireBlock[], bot.run('ask', { question: QUESTION }));
    expect(JSON.stringify(post.args)).not.toContain(BOT_USER_ID);
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}|isf> status`, ts: '1700000200.000300', thread_ts: '1700000150.000100', channel: 'C0GENERAL' });
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer in the thread');
    expect(post.args.thread_ts).toBe('1700000150.000100');
    expectQuotedAnswer(post.args.blocks as WireBlock[], bot.runText('status'));
  });

  it('answers a direct message in the DM', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text: QUESTION, ts: '1700000300.000100', channel: 'D0DIRECT' });
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer to the DM');
    expect(post.args.channel).toBe('D0DIRECT');
    expect(post.args.thread_ts).toBeUndefined();
    expectQuotedAnswer(post.args.blocks as WireBlock[], bot.run('ask', { question: QUESTION }));
  });

  it('never answers itself, other bots, edits, or channel messages that are not mentions', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const ignored = [
      { type: 'message', channel_type: 'im', user: BOT_USER_ID, bot_id: BOT_ID, text: QUESTION, ts: '1700000400.000100', channel: 'D0SELF' },
      { type: 'message', channel_type: 'im', subtype: 'bot_message', bot_id: 'B0OTHER', text: QUESTION, ts: '1700000400.000200', channel: 'D0OTHERBOT' },
      { type: 'app_mention', user: 'U0OTHERBOT', bot_id: 'B0OTHER', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts: '1700000400.000300', channel: 'C0BOTS' },
      { type: 'message', channel_type: 'im', subtype: 'message_changed', channel: 'D0EDIT', ts: '1700000400.000400', message: { text: QUESTION } },
      { type: 'message', channel_type: 'channel', user: 'U0ASKER', text: QUESTION, ts: '1700000400.000500', channel: 'C0CHATTER' },
    ];
    for (const event of ignored) expect((await fake.sendEvent(eventsUrl, event)).status).toBe(200);
    // A last, real DM: once it is answered, the ignored events (sent before it) have been handled too.
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'status', ts: '1700000400.000600', channel: 'D0REAL' });
    await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'D0REAL'), 'the answer to the real DM');
    expect(fake.callsOf('chat.postMessage').slice(before).map((c) => c.args.channel)).toEqual(['D0REAL']);
  });

  it('answers an event Slack delivers twice only once', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const body = JSON.stringify(fake.eventCallback({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'sources', ts: '1700000500.000100', channel: 'D0TWICE' }));
    await fake.postToApp(eventsUrl, body, 'application/json');
    await fake.postToApp(eventsUrl, body, 'application/json');
    await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the answer');
    await fake.sendEvent(eventsUrl, { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'help', ts: '1700000500.000200', channel: 'D0AFTER' });
    await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'D0AFTER'), 'the next answer');
    expect(fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0TWICE')).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and does nothing', async () => {
    const responsesBefore = fake.responses.length;
    const response = await fake.sendSlashCommand(eventsUrl, 'status', { signature: signSlackRequest('something else', Math.floor(Date.now() / 1000)) });
    expect(response.status).toBe(401);
    const wrongSecret = await fake.postToApp(eventsUrl, 'text=status&command=%2Fisf', 'application/x-www-form-urlencoded', {
      signature: signSlackRequest('text=status&command=%2Fisf', Math.floor(Date.now() / 1000), 'not-the-secret'),
    });
    expect(wrongSecret.status).toBe(401);
    expect(fake.responses.length).toBe(responsesBefore);
  });

  it('rejects a correctly signed request with a 10-minute-old timestamp with 401', async () => {
    const timestamp = Math.floor(Date.now() / 1000) - 600;
    const { url } = fake.newResponseUrl();
    const body = new URLSearchParams(fake.slashCommandFields('status', { responseUrl: url })).toString();
    const response = await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp, signature: signSlackRequest(body, timestamp) });
    expect(response.status).toBe(401);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const response = await fake.postToApp(eventsUrl, JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' }), 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toContain('c-123');
  });

  it('apologises in the thread and logs the error when posting the answer fails, then keeps serving', async () => {
    fake.failNext('chat.postMessage', 'internal_error');
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> status`, ts: '1700000600.000100', channel: 'C0GENERAL' });
    const apology = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before + 1], 'the apology');
    expect(apology.args.thread_ts).toBe('1700000600.000100');
    expect(String(apology.args.text)).toMatch(/sorry/i);
    expect(log.lines().some((line) => line.level === 50 && String(line.msg).includes('answering failed') && JSON.stringify(line.err).includes('internal_error'))).toBe(true);

    const { blocks } = await slash('status');
    expectQuotedAnswer(blocks, bot.runText('status'));
  });

  it('logs a response_url that refuses the answer, and keeps serving', async () => {
    fake.setResponseStatus(500);
    try {
      const { id, url } = fake.newResponseUrl();
      await fake.sendSlashCommand(eventsUrl, 'status', { responseUrl: url });
      await fake.responsesTo(id, 2);
      await fake.waitFor(() => log.lines().some((line) => String(line.msg).includes('apology could not be sent')), 'the log line');
    } finally {
      fake.setResponseStatus(200);
    }
    const { blocks } = await slash('status');
    expect(quotesOf(blocks).length).toBeGreaterThan(0);
  });
});

describe('Slack adapter when the bot itself fails', () => {
  it('gives the user a short apology, logs the error, and answers the next command', async () => {
    const fake = await startFakeSlack();
    const log = captureLog();
    const real = (await loadStoryBot()).bot;
    // A Bot whose runText throws on one input: a failure inside the handler, past the core's own safety net.
    class FailingBot extends Bot {
      override runText(text: string, requester?: Parameters<Bot['runText']>[1]): BotReply {
        if (text.includes('explode')) throw new Error('kaboom in the handler');
        return super.runText(text, requester);
      }
    }
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, new FailingBot(real.engine, log.logger), log.logger, { port: 0 });
    try {
      await adapter.start();
      const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
      const first = fake.newResponseUrl();
      const http = await fake.sendSlashCommand(eventsUrl, 'ask explode', { responseUrl: first.url });
      expect(http.status).toBe(200);
      const [apology] = await fake.responsesTo(first.id);
      expect(apology!.body.response_type).toBe('ephemeral');
      expect(String(apology!.body.text)).toMatch(/sorry/i);
      expect(String(apology!.body.text).length).toBeLessThan(200);
      const line = log.lines().find((l) => l.level === 50 && String(l.msg).includes('answering failed'));
      expect(JSON.stringify(line?.err)).toContain('kaboom in the handler');

      const second = fake.newResponseUrl();
      await fake.sendSlashCommand(eventsUrl, 'status', { responseUrl: second.url });
      const [answer] = await fake.responsesTo(second.id);
      expect(quotesOf(answer!.body.blocks as WireBlock[]).length).toBeGreaterThan(0);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});

describe('Slack adapter start and stop', () => {
  it('fails to start with a clear message when the token is refused', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackAdapter({ botToken: 'xoxb-wrong', signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, captureLog().logger, { port: 0 });
    try {
      await expect(adapter.start()).rejects.toThrow(/^SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\)/);
      expect(adapter.state).toBe('disconnected');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('closes its HTTP server on stop, and serves extra routes beside /slack/events', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, captureLog().logger, {
      port: 0,
      customRoutes: [{ path: '/ping', method: 'GET', handler: (_req, res) => res.writeHead(200).end('pong') }],
    });
    await adapter.start();
    const port = adapter.port!;
    expect(await (await fetch(`http://127.0.0.1:${port}/ping`)).text()).toBe('pong');
    await adapter.stop();
    expect(adapter.state).toBe('stopped');
    expect(adapter.port).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/ping`)).rejects.toThrow();
    await fake.close();
  });

  it('lets a reply in flight finish before it stops', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, (await loadStoryBot()).bot, captureLog().logger, { port: 0 });
    await adapter.start();
    fake.setResponseDelay(300);
    const { id, url } = fake.newResponseUrl();
    await fake.sendSlashCommand(`http://127.0.0.1:${adapter.port}/slack/events`, 'status', { responseUrl: url });
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(0);
    await adapter.stop();
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(1);
    expect(unescape(String(fake.responses.find((r) => r.id === id)!.body.text))).toMatch(/¶\d+/);
    await fake.close();
  });
});
