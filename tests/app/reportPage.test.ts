import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/openSqlite.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { closedPort } from '../support/ports.ts';
import { question } from '../store/storeContract.ts';
import { scratchDir, startSlackBot, type SlackBotProcess } from '../support/slackBotProcess.ts';

// Debian's Chromium, as the issue and .ci/run install it; the flags keep it off the network and quiet in a container.
const CHROMIUM = { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };
const TOKEN = 'report-token-for-the-test-0123456789';
const DAY = 24 * 60 * 60 * 1000;
const INDONESIA = "The story doesn't mention Indonesia.";
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & Indonesia?';

// Three earlier days of history, written before the bot starts; today's question comes through the fake Slack.
async function seedHistory(dataDir: string, today: number): Promise<void> {
  const store = await openSqliteStore(dataDir);
  const at = (daysAgo: number, hour: number): number => today - daysAgo * DAY + hour * 60 * 60 * 1000;
  // Older than the default retention (RETENTION_DAYS 90): the bot purges it at start, so no page shows it.
  await store.recordQuestion(question({ at: at(120, 9), answered: false, reason: 'Purged long ago.', text: 'Too old to keep?', citations: [] }));
  await store.recordQuestion(question({ at: at(3, 9), answered: true }));
  await store.recordQuestion(question({ at: at(3, 10), answered: true }));
  await store.recordQuestion(question({ at: at(3, 11), answered: false, reason: INDONESIA, text: 'Is Indonesia sending troops?', citations: [] }));
  await store.recordQuestion(question({ at: at(1, 9), answered: false, reason: INDONESIA, text: HOSTILE, citations: [] }));
  await store.recordQuestion(question({ at: at(1, 10), answered: false, reason: "The story doesn't say when.", text: 'When do they deploy?', citations: [] }));
  await store.recordQuestion(question({ at: at(1, 11), answered: true, userHash: 'never-shown-hash' }));
  await store.recordVote({ answerId: 'a1', voterHash: 'v1', vote: 'down', reasonCategory: 'wrong-passage', question: 'Who abstained?', citations: [{ doc: 'isf-pakistan-troops', paragraph: 7 }], refused: false, platform: 'slack', at: at(1, 12) });
  await store.close();
}

describe('the /report page on HEALTH_PORT, in headless Chromium', () => {
  const scratch = scratchDir();
  const dataDir = join(scratch.dir, 'data');
  // Midnight UTC today, so the seeded days are whole days before it.
  const today = Math.floor(Date.now() / DAY) * DAY;
  let fake: FakeSlack;
  let bot: SlackBotProcess;
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    await seedHistory(dataDir, today);
    fake = await startFakeSlack();
    const healthPort = await closedPort();
    [bot, browser] = await Promise.all([startSlackBot(fake, scratch.dir, { DATA_DIR: dataDir, HEALTH_PORT: String(healthPort), REPORT_TOKEN: TOKEN }), chromium.launch(CHROMIUM)]);
    reportUrl = `http://127.0.0.1:${healthPort}/report`;
    // Today's refusal, asked through Slack.
    const { id, url } = fake.newResponseUrl();
    await fake.sendSlashCommand(bot.eventsUrl, 'Will Indonesia send troops to Gaza?', { responseUrl: url });
    await fake.responsesTo(id);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await fake?.close();
    scratch.remove();
  });

  it('answers 401 without the token or with a wrong one, and 200 with it as a Bearer header', async () => {
    const page = await browser.newPage();
    try {
      const bare = await page.goto(reportUrl);
      expect(bare?.status()).toBe(401);
      expect(bare?.headers()['www-authenticate']).toMatch(/^Bearer/);
      expect(await page.textContent('body')).not.toContain('Indonesia');
      const wrong = await page.goto(`${reportUrl}?token=${TOKEN}x`);
      expect(wrong?.status()).toBe(401);
    } finally {
      await page.close();
    }
    const header = await fetch(reportUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(header.status).toBe(200);
    expect(header.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await header.text()).toContain('<table id="gaps">');
  });

  it('renders the gap table (most asked first, question text escaped), the down-votes and the chart of the days', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const response = await page.goto(`${reportUrl}?token=${TOKEN}`);
      expect(response?.status()).toBe(200);
      await expect.poll(async () => (await page.$$eval('#gaps tbody tr td:first-child', (cells) => cells.map((c) => c.textContent)))[0], { timeout: 10_000 }).toBe('3');
      const rows = await page.$$eval('#gaps tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(rows.map((r) => [r[0], r[1]])).toEqual([
        ['3', INDONESIA],
        ['1', "The story doesn't say when."],
      ]);
      const examples = await page.$$eval('#gaps tbody tr:first-child li', (items) => items.map((li) => li.textContent));
      expect(examples).toEqual(['Will Indonesia send troops to Gaza?', HOSTILE, 'Is Indonesia sending troops?']);
      expect(await page.$$('#gaps script, #gaps img')).toHaveLength(0);
      const votes = await page.$$eval('#down-votes tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(votes).toEqual([['1', 'Who abstained?', 'isf-pakistan-troops ¶7', 'wrong-passage', expect.any(String)]]);

      const bars = await page.$$eval('#per-day-chart g.day', (groups) => groups.map((g) => [g.getAttribute('data-day'), Number(g.getAttribute('data-answered')), Number(g.getAttribute('data-refused'))]));
      const day = (daysAgo: number): string => new Date(today - daysAgo * DAY).toISOString().slice(0, 10);
      expect(bars).toEqual([
        [day(3), 2, 1],
        [day(2), 0, 0],
        [day(1), 1, 2],
        [day(0), 0, 1],
      ]);
      // The tallest day fills the plot: its two bars are drawn, with heights in proportion.
      const heights = await page.$$eval(`#per-day-chart g.day[data-day="${day(3)}"] rect`, (rects) => rects.map((r) => r.getBoundingClientRect().height));
      expect(heights[0]!).toBeCloseTo(heights[1]! * 2, 0);
      const text = (await page.textContent('body')) ?? '';
      expect(text).not.toContain('never-shown-hash');
      expect(text).not.toContain('Too old to keep?');
      expect(text).not.toContain('U0ASKER');
      expect(dialogs).toEqual([]);
      // One fixed file, overwritten by each run, for a person to look at.
      const shot = join(tmpdir(), 'isf-report-page.png');
      await page.screenshot({ path: shot, fullPage: true });
      console.info(`report page screenshot: ${shot}`);
    } finally {
      await page.close();
    }
  });

  it('limits the page to ?since= and ?until=, and says what is wrong with a date it cannot read', async () => {
    const day = (daysAgo: number): string => new Date(today - daysAgo * DAY).toISOString().slice(0, 10);
    const json = (await (await fetch(`${reportUrl}?token=${TOKEN}&since=${day(3)}&until=${day(3)}&format=json`)).json()) as { totals: { questions: number }; perDay: { day: string }[] };
    expect(json.totals.questions).toBe(3);
    expect(json.perDay.map((d) => d.day)).toEqual([day(3)]);
    const bad = await fetch(`${reportUrl}?token=${TOKEN}&since=yesterday`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('since');
  });
});
