import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../support/cleanups.ts';
import type { AdapterState } from '../../src/adapters/types.ts';
import type { HealthSource } from '../../src/app/health.ts';
import { startHealthServer, type HealthServer } from '../../src/app/healthServer.ts';
import { startBot, type RunningBot } from '../../src/app/startBot.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startFakeSlack } from '../adapters/slack/fakeSlack.ts';
import { APP_ID, FakeDiscord, TOKEN } from '../adapters/discord/fakeDiscord.ts';
import { captureLog } from '../support/captureLog.ts';
import { getJson, quietConsole, testConfig } from '../support/startBotHelpers.ts';

const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
const cleanups = cleanUpAfterEach();


/** A health source the test sets by hand. */
function source(states: Record<string, AdapterState>, stopping = false, passages = 20): HealthSource {
  return {
    corpus: () => ({ documents: 1, passages, dir: '/stories' }),
    adapters: () => Object.entries(states).map(([name, state]) => ({ name, state })),
    stopping: () => stopping,
  };
}

async function serve(health: HealthSource): Promise<HealthServer> {
  const server = await startHealthServer(0, health);
  cleanups.push(() => server.close());
  return server;
}

describe('the health server (HEALTH_PORT)', () => {
  it('answers GET /healthz with 200 and JSON: status, version, uptime, corpus and adapter states', async () => {
    const server = await serve(source({ slack: 'starting' }));
    const { status, type, body } = await getJson(`http://127.0.0.1:${server.port}/healthz`);
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    expect(body).toEqual({
      status: 'ok',
      version,
      uptimeSeconds: expect.any(Number),
      corpus: { documents: 1, passages: 20, dir: '/stories' },
      adapters: { slack: 'starting' },
      memory: { rssMb: expect.any(Number), heapUsedMb: expect.any(Number), externalMb: expect.any(Number) },
    });
    // The figures are the process's own, not placeholders.
    const { memory } = body as { memory: { rssMb: number; heapUsedMb: number } };
    expect(memory.rssMb).toBeGreaterThan(memory.heapUsedMb);
    expect(memory.heapUsedMb).toBeGreaterThan(0);
  });

  it('answers GET /readyz with 200 only when every adapter is connected and the index has passages, else 503', async () => {
    const states: Record<string, AdapterState> = { slack: 'connected', discord: 'starting' };
    const server = await serve(source(states));
    const url = `http://127.0.0.1:${server.port}/readyz`;
    const starting = await getJson(url);
    expect(starting.status).toBe(503);
    expect(starting.body).toEqual({ ready: false, version, corpus: { documents: 1, passages: 20, dir: '/stories' }, adapters: { slack: 'connected', discord: 'starting' } });
    states.discord = 'connected';
    expect(await getJson(url)).toMatchObject({ status: 200, body: { ready: true } });
    states.discord = 'disconnected';
    expect((await getJson(url)).status).toBe(503);
  });

  it('is not ready once shutdown has begun, nor with an empty index', async () => {
    const draining = await serve(source({ slack: 'connected' }, true));
    expect(await getJson(`http://127.0.0.1:${draining.port}/readyz`)).toMatchObject({ status: 503, body: { ready: false } });
    const empty = await serve(source({ slack: 'connected' }, false, 0));
    expect((await getJson(`http://127.0.0.1:${empty.port}/readyz`)).status).toBe(503);
  });

  it('gives 404 to other paths, 405 to other methods, and closes', async () => {
    const server = await startHealthServer(0, source({}));
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    await server.close();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('health endpoints of the running bot', () => {
  it('are served on the Slack HTTP port beside /slack/events; ready once Slack and Discord are connected', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const config = testConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
    });
    const running: RunningBot = await startBot(config, captureLog().logger, quietConsole());
    cleanups.push(() => running.stop());
    expect(running.healthPorts).toHaveLength(1);
    const base = `http://127.0.0.1:${running.healthPorts[0]}`;
    expect(await getJson(`${base}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok', version } });
    const ready = await getJson(`${base}/readyz`);
    expect(ready).toEqual({
      status: 200,
      type: expect.stringMatching(/json/),
      // PORT faces the internet: the corpus folder's absolute path is not shown there.
      body: {
        ready: true,
        version,
        corpus: { documents: 1, passages: 20 },
        adapters: { slack: 'connected', discord: 'connected' },
        store: { engine: 'sqlite', up: true, failures: 0, pendingWrites: 0 },
      },
    });
    expect(JSON.stringify((await getJson(`${base}/healthz`)).body)).not.toContain(config.corpusDir);
    await running.stop();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('are served on HEALTH_PORT when Slack runs in Socket Mode, and say "not ready" while shutting down', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const config = testConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl, HEALTH_PORT: '0' });
    const running = await startBot(config, captureLog().logger, quietConsole());
    cleanups.push(() => running.stop());
    expect(running.healthPorts).toHaveLength(1);
    const base = `http://127.0.0.1:${running.healthPorts[0]}`;
    expect(await getJson(`${base}/readyz`)).toMatchObject({ status: 200, body: { ready: true, corpus: { dir: config.corpusDir }, adapters: { slack: 'connected' } } });
    // Hold the Slack adapter's stop open with a reply in flight, and look at /readyz meanwhile.
    slack.setResponseDelay(600);
    const { url } = slack.newResponseUrl();
    await slack.sendEnvelope('slash_commands', slack.slashCommandFields('status', { responseUrl: url }));
    const stopping = running.stop();
    expect(await getJson(`${base}/readyz`)).toMatchObject({ status: 503, body: { ready: false } });
    expect((await getJson(`${base}/healthz`)).status).toBe(200);
    await stopping;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('are off when Slack HTTP does not run and HEALTH_PORT is unset', async () => {
    const running = await startBot(testConfig({}), captureLog().logger, quietConsole());
    cleanups.push(() => running.stop());
    expect(running.healthPorts).toEqual([]);
    expect(running.adapters.map((a) => a.name)).toEqual(['console']);
  });
});
