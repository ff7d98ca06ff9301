import { request, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_ACTION_ID } from '../../../src/adapters/slack/renderSlackBlocks.ts';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import { BOT_USER_ID, signSlackRequest, startFakeSlack, type FakeSlack } from './fakeSlack.ts';
import { captureLog } from '../../support/captureLog.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { shareButtonOf, startHttpAdapter, type WireBlock } from './helpers.ts';

const now = (): number => Math.floor(Date.now() / 1000);

/** Sends only the headers of a POST (declaring `length` bytes) and resolves with the response, if any comes. */
function headersOnly(port: number, headers: Record<string, string>, length: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: { ...headers, 'content-length': String(length) } }, resolve);
    req.on('error', reject);
    req.flushHeaders();
  });
}

/** A raw socket that sends a chunked body in pieces; resolves with the status line once the app answers. */
function chunked(port: number, headers: Record<string, string>, chunk: string, chunks: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString();
      if (answer.includes('\r\n')) {
        resolve(answer.split('\r\n')[0]!);
        socket.destroy();
      }
    });
    socket.on('error', (error) => (answer ? undefined : reject(error)));
    const head = Object.entries({ ...headers, 'transfer-encoding': 'chunked' }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.write(`POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\n${head}\r\n`);
    let sent = 0;
    const more = (): void => {
      if (socket.destroyed || sent === chunks) return;
      sent += 1;
      socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`, () => setImmediate(more));
    };
    more();
  });
}

describe('Slack HTTP endpoint under hostile requests (real Bolt App against a fake Slack)', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;
  const log = captureLog();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => void rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    fake = await startFakeSlack();
    ({ adapter, eventsUrl } = await startHttpAdapter(fake, (await loadStoryBot()).bot, log.logger, {
      httpLimits: { maxBodyBytes: 64 * 1024, requestTimeoutMs: 800, headersTimeoutMs: 800, maxConnections: 40 },
    }));
  });

  afterEach(() => expect(rejections).toEqual([]));

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await adapter?.stop();
    await fake?.close();
  });

  it('refuses an unsigned 4 MB request from its headers, before reading the body', async () => {
    const response = await headersOnly(adapter.port!, { 'content-type': 'application/json' }, 4 * 1024 * 1024);
    expect(response.statusCode).toBe(401);
    expect(response.headers.connection).toBe('close');
  });

  it('refuses a signed-looking request that declares more than the cap with 413, before reading it', async () => {
    const timestamp = now();
    const response = await headersOnly(
      adapter.port!,
      { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackRequest('x', timestamp) },
      4 * 1024 * 1024,
    );
    expect(response.statusCode).toBe(413);
  });

  it('stops reading a chunked body once it passes the cap, with 413', async () => {
    const timestamp = now();
    const status = await chunked(adapter.port!, { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackRequest('x', timestamp) }, 'a'.repeat(16 * 1024), 64);
    expect(status).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('closes a request that trickles in slower than the request timeout', async () => {
    const socket: Socket = connect(adapter.port!, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.resume();
    const started = Date.now();
    socket.write('POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n');
    const closed = await new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    expect(closed).toBeGreaterThanOrEqual(700);
    expect(closed).toBeLessThan(5000);
  });

  it('closes sockets beyond the connection limit as they arrive', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 45 }, () => new Promise<Socket>((resolve) => {
        const socket = connect(adapter.port!, '127.0.0.1', () => resolve(socket));
        socket.on('error', () => undefined);
        socket.resume();
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open');
    expect(open.length).toBeLessThanOrEqual(40);
    expect(open.length).toBeGreaterThan(30);
    for (const socket of sockets) socket.destroy();
    // The server counts a socket until it has seen it close.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('refuses a correctly signed request dated two minutes ahead, and accepts one 20 s ahead', async () => {
    const send = (timestamp: number) => {
      const body = new URLSearchParams(fake.slashCommandFields('help')).toString();
      return fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp, signature: signSlackRequest(body, timestamp) });
    };
    expect((await send(now() + 120)).status).toBe(401);
    expect((await send(now() + 20)).status).toBe(200);
  });

  it('answers a signed slash command resent within 5 minutes only once', async () => {
    const { id, url } = fake.newResponseUrl();
    const body = new URLSearchParams(fake.slashCommandFields('status', { responseUrl: url })).toString();
    const timestamp = now();
    const signed = { timestamp, signature: signSlackRequest(body, timestamp) };
    expect((await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', signed)).status).toBe(200);
    await fake.responsesTo(id);
    expect((await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', signed)).status).toBe(200);
    // A fresh command answered after the replay: the replay, sent before it, has been dealt with.
    const next = fake.newResponseUrl();
    await fake.sendSlashCommand(eventsUrl, 'help', { responseUrl: next.url });
    await fake.responsesTo(next.id);
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('shares an answer once when the signed Share click is resent', async () => {
    const { id: askId, url: askUrl } = fake.newResponseUrl();
    await fake.sendSlashCommand(eventsUrl, 'sources', { responseUrl: askUrl });
    const [answer] = await fake.responsesTo(askId);
    const button = shareButtonOf(answer!.body.blocks as WireBlock[]);
    expect(button?.action_id).toBe(SHARE_ACTION_ID);

    const { id, url } = fake.newResponseUrl();
    const body = new URLSearchParams({ payload: JSON.stringify(fake.blockActions(button!, { userId: 'U0ASKER', channelId: 'C0GENERAL', responseUrl: url })) }).toString();
    const timestamp = now();
    const signed = { timestamp, signature: signSlackRequest(body, timestamp) };
    await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', signed);
    await fake.responsesTo(id, 2);
    await fake.postToApp(eventsUrl, body, 'application/x-www-form-urlencoded', signed);
    const next = fake.newResponseUrl();
    await fake.sendSlashCommand(eventsUrl, 'help', { responseUrl: next.url });
    await fake.responsesTo(next.id);
    expect(fake.responses.filter((r) => r.id === id && r.body.response_type === 'in_channel')).toHaveLength(1);
  });

  it('answers signed malformed bodies (payload=null, a JSON null, an array) with 400 and no crash', async () => {
    expect((await fake.postToApp(eventsUrl, 'payload=null', 'application/x-www-form-urlencoded')).status).toBe(400);
    expect((await fake.postToApp(eventsUrl, 'null', 'application/json')).status).toBe(400);
    expect((await fake.postToApp(eventsUrl, '[1,2]', 'application/json')).status).toBe(400);
    expect((await fake.postToApp(eventsUrl, '{"type":', 'application/json')).status).toBe(400);
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('answers an app_mention without text with help, and logs no error', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const errorsBefore = log.lines().filter((l) => Number(l.level) >= 50).length;
    const http = await fake.sendEvent(eventsUrl, { type: 'app_mention', user: 'U0ASKER', ts: '1700000900.000100', channel: 'C0GENERAL' });
    expect(http.status).toBe(200);
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage')[before], 'the reply to the empty mention');
    expect(JSON.stringify(post.args)).toContain('/isf ask');
    expect(JSON.stringify(post.args)).not.toContain(BOT_USER_ID);
    expect(log.lines().filter((l) => Number(l.level) >= 50).length).toBe(errorsBefore);
  });

  it('logs the refusals as counts, never the bodies', () => {
    const refusals = log.lines().filter((l) => String(l.msg).includes('refused requests'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(JSON.stringify(refusals)).not.toContain('legacy-verification-token');
  });
});
