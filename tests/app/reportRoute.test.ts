import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach } from '../support/cleanups.ts';
import type { HealthSource } from '../../src/app/health.ts';
import { startHealthServer } from '../../src/app/healthServer.ts';
import { createReportHandler } from '../../src/app/reportRoute.ts';
import { startBot } from '../../src/app/startBot.ts';
import { silentLogger } from '../../src/logger.ts';
import { MemoryStore } from '../../src/store/memoryStore.ts';
import type { Report, ReportRange } from '../../src/store/types.ts';
import { question } from '../store/storeContract.ts';
import { BOT_TOKEN, SIGNING_SECRET, startFakeSlack } from '../adapters/slack/fakeSlack.ts';
import { captureLog } from '../support/captureLog.ts';
import { quietConsole, testConfig } from '../support/startBotHelpers.ts';

const cleanups = cleanUpAfterEach();

const TOKEN = 'a-report-token';
const health: HealthSource = { corpus: () => ({ documents: 1, passages: 20, dir: '/stories' }), adapters: () => [], stopping: () => false };

async function serveReport(report: (range: ReportRange) => Promise<Report>): Promise<string> {
  const server = await startHealthServer(0, health, createReportHandler({ token: TOKEN, report, logger: silentLogger }));
  cleanups.push(() => server.close());
  return `http://127.0.0.1:${server.port}/report`;
}

describe('the /report route', () => {
  it('answers 401 with a Bearer challenge unless the token comes as a Bearer header or ?token=, and never builds the report for a refused request', async () => {
    const store = new MemoryStore();
    let built = 0;
    const url = await serveReport((range) => ((built += 1), store.report(range)));
    for (const attempt of [fetch(url), fetch(`${url}?token=`), fetch(`${url}?token=a-report-toke`), fetch(url, { headers: { authorization: `Basic ${TOKEN}` } }), fetch(url, { headers: { authorization: `Bearer ${TOKEN}!` } })]) {
      const response = await attempt;
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="isf report"');
    }
    expect(built).toBe(0);
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${url}?token=${TOKEN}`)).status).toBe(200);
    expect(built).toBe(2);
  });

  it('passes ?since= and ?until= to the report, serves ?format=json, and answers HEAD without a body', async () => {
    const ranges: ReportRange[] = [];
    const store = new MemoryStore();
    await store.recordQuestion(question({ at: Date.UTC(2026, 0, 10, 12), answered: false, reason: 'Nothing on Peru.', text: 'Peru?' }));
    const url = await serveReport((range) => (ranges.push(range), store.report(range)));
    const json = await fetch(`${url}?token=${TOKEN}&since=2026-01-10&until=2026-01-10&format=json`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await json.json()) as { gaps: { reason: string }[] }).gaps.map((g) => g.reason)).toEqual(['Nothing on Peru.']);
    expect(ranges[0]).toEqual({ since: Date.UTC(2026, 0, 10), until: Date.UTC(2026, 0, 11) });
    const head = await fetch(`${url}?token=${TOKEN}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await head.text()).toBe('');
    const bad = await fetch(`${url}?token=${TOKEN}&until=2026-01-01&since=2026-02-01`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/until.*must come after.*since/);
  });

  it('answers 503 while the store cannot build the report', async () => {
    const url = await serveReport(() => Promise.reject(new Error('store: the database is not reachable')));
    const response = await fetch(`${url}?token=${TOKEN}`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
  });
});

describe('startBot and the report page', () => {
  async function start(env: Record<string, string>): Promise<string> {
    const { input, output } = quietConsole();
    const running = await startBot(testConfig({ HEALTH_PORT: '0', ...env }), captureLog().logger, { input, output, store: new MemoryStore() });
    cleanups.push(() => running.stop());
    return `http://127.0.0.1:${running.healthPorts[0]}/report`;
  }

  it('says at start that REPORT_TOKEN without HEALTH_PORT serves no page', async () => {
    const { input, output } = quietConsole();
    const log = captureLog();
    const running = await startBot(testConfig({ REPORT_TOKEN: TOKEN }), log.logger, { input, output, store: new MemoryStore() });
    cleanups.push(() => running.stop());
    expect(running.healthPorts).toEqual([]);
    expect(log.lines().filter((l) => l.level === 40).map((l) => l.msg)).toContain('REPORT_TOKEN is set but HEALTH_PORT is not: the /report page is served on HEALTH_PORT only, so it is off');
    expect(log.text()).not.toContain(TOKEN);
  });

  it('serves no /report without REPORT_TOKEN (404, as any unknown path)', async () => {
    const url = await start({});
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${url}?token=anything`)).status).toBe(404);
  });

  it('serves /report on HEALTH_PORT with REPORT_TOKEN, from the bot\'s store', async () => {
    const url = await start({ REPORT_TOKEN: TOKEN });
    expect((await fetch(url)).status).toBe(401);
    const page = await fetch(`${url}?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Coverage report</h1>');
  });

  it('serves /report beside /slack/events when HEALTH_PORT equals Slack\'s PORT, behind its token', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const url = await start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', REPORT_TOKEN: TOKEN });
    expect((await fetch(url)).status).toBe(401);
    const page = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Coverage report</h1>');
  });
});
