import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createResponsePoster, ResponseUrlError } from '../../../src/adapters/slack/postToResponseUrl.ts';

let server: Server | undefined;

async function listen(status: number, seen: unknown[]): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) as unknown });
      res.writeHead(status).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hooks/1`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('posting to a response_url', () => {
  it('sends the message as JSON and resolves when Slack takes it', async () => {
    const seen: unknown[] = [];
    const url = await listen(200, seen);
    const post = createResponsePoster();
    await post(url, { response_type: 'ephemeral', text: 'hello' });
    post.close();
    expect(seen).toEqual([{ method: 'POST', type: 'application/json; charset=utf-8', body: { response_type: 'ephemeral', text: 'hello' } }]);
  });

  it('rejects with the status when Slack refuses it (an expired response_url)', async () => {
    const url = await listen(404, []);
    const post = createResponsePoster();
    await expect(post(url, { text: 'late' })).rejects.toBeInstanceOf(ResponseUrlError);
    await expect(post(url, { text: 'late' })).rejects.toThrow(/404/);
    post.close();
  });
});
