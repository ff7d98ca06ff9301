import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/store/openSqlite.ts';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { feedbackOf, type WireBlock } from '../adapters/slack/helpers.ts';
import type { ReportJson } from '../../src/report/reportJson.ts';
import { runIsfIn, scratchDir, startSlackBot, type SlackBotProcess } from '../support/slackBotProcess.ts';

// The outside check: `npm start` with no database settings keeps its history in SQLite under ./data, and
// `isf report --json` lists what was asked through Slack and could not be answered, and the 👎 votes.
describe('npm start with no database settings', () => {
  const scratch = scratchDir();
  let fake: FakeSlack;
  let bot: SlackBotProcess;

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startSlackBot(fake, scratch.dir);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    scratch.remove();
  });

  async function slash(text: string, userId = 'U0ASKER'): Promise<Record<string, unknown>> {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendSlashCommand(bot.eventsUrl, text, { responseUrl: url, userId });
    expect(http.status).toBe(200);
    const [post] = await fake.responsesTo(id);
    return post!.body;
  }

  async function report(): Promise<ReportJson> {
    const run = await runIsfIn(scratch.dir, ['report', '--json'], { LOG_LEVEL: 'silent' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as ReportJson;
  }

  it('creates its SQLite file under ./data and says so in /readyz', async () => {
    expect(existsSync(join(scratch.dir, 'data', SQLITE_FILE))).toBe(true);
    const ready = (await (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).json()) as { store: { engine: string; up: boolean } };
    expect(ready.store).toMatchObject({ engine: 'sqlite', up: true });
  });

  it('lists a refused Slack question under its reason and a 👎 with its citations in isf report --json', async () => {
    const refused = await slash('Will Indonesia send troops to Gaza?');
    expect(JSON.stringify(refused)).toContain('Indonesia');
    const answered = await slash('How many troops has Pakistan sent to UN peacekeeping missions?');
    const feedback = feedbackOf(answered.blocks as WireBlock[]);
    expect(feedback).toBeDefined();
    const { url } = fake.newResponseUrl();
    const click = await fake.sendBlockAction(
      bot.eventsUrl,
      fake.blockActions({ action_id: feedback!.actionId, value: feedback!.down, type: 'feedback_buttons' }, { userId: 'U0VOTER', channelId: 'C0GENERAL', responseUrl: url }),
    );
    expect(click.status).toBe(200);

    // The bot writes after it answers; the report reads the same file from another process.
    let body = await report();
    for (let tries = 0; tries < 50 && (body.gaps.length === 0 || body.downVotes.length === 0); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      body = await report();
    }
    const gap = body.gaps.find((g) => g.examples.includes('Will Indonesia send troops to Gaza?'));
    expect(gap?.reason).toMatch(/Indonesia/);
    expect(body.downVotes).toHaveLength(1);
    expect(body.downVotes[0]).toMatchObject({ question: 'How many troops has Pakistan sent to UN peacekeeping missions?', refused: false, downVotes: 1 });
    expect(body.downVotes[0]!.citations.length).toBeGreaterThan(0);
    expect(body.totals).toMatchObject({ answered: 1, refused: 1 });
  });

  it('keeps the history across a restart', async () => {
    expect(await bot.stop()).toBe(0);
    bot = await startSlackBot(fake, scratch.dir);
    await slash('Will Peru send troops?');
    await expect.poll(async () => (await report()).totals.refused, { timeout: 5000, interval: 100 }).toBe(2);
  });
});
