// Issue 13 item 2 where it happened: `npm start` in Slack HTTP mode serving a corpus of a few thousand
// paragraphs gets a new story; while the reload runs (between its "reloading" and "reload" log lines), slash
// commands keep being acknowledged and answered by the old index, and the new story answers only after the swap.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { quotesOf, type WireBlock } from '../adapters/slack/helpers.ts';
import { scratchDir, startSlackBot, type SlackBotProcess } from '../support/slackBotProcess.ts';
import { CORPUS_DIR } from '../support/paths.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

/** Stories and paragraphs each: enough that a reload takes a while even on a fast machine, few enough to start quickly. */
const STORIES = 60;
const PARAGRAPHS_PER_STORY = 60;
const ZOO_FACT = 'The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday.';
const ZOO_QUESTION = 'ask How many zebras does the Gaza zoo keep?';
/** Longest wait for the reload to end; what the test checks is the order of events, not their timing. */
const RELOAD_LIMIT_MS = 120_000;

/** The saved index files in a folder (none when it does not exist yet). */
function savedIndexes(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.index')) : [];
}

/** The shipped story's paragraphs, copied into many stories (each copy marked, so no two paragraphs are equal). */
async function bigCorpus(): Promise<string> {
  const shipped = await readFile(join(CORPUS_DIR, 'isf-pakistan-troops.md'), 'utf8');
  const paragraphs = shipped
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
  const files: Record<string, string> = {};
  for (let s = 0; s < STORIES; s++) {
    const body = Array.from({ length: PARAGRAPHS_PER_STORY }, (_, i) => `${paragraphs[(s + i) % paragraphs.length]} (copy ${s}-${i})`);
    files[`copy-${s}.md`] = story({ title: `Copy ${s} of the shipped story`, published: '2025-12-20' }, body);
  }
  return makeTempCorpus(files);
}

describe('a Slack bot while a big corpus reloads', () => {
  let fake: FakeSlack;
  let bot: SlackBotProcess;
  let corpusDir: string;
  let scratch: ReturnType<typeof scratchDir>;

  beforeAll(async () => {
    fake = await startFakeSlack();
    scratch = scratchDir();
    corpusDir = await bigCorpus();
    bot = await startSlackBot(fake, scratch.dir, { CORPUS_DIR: corpusDir, RATE_LIMIT_PER_MINUTE: '10000' });
    // The first start saves its index in the background; the reload then runs in a worker from it.
    await fake.waitFor(() => savedIndexes(join(scratch.dir, 'data', 'index')).length > 0, 'the index to be saved', 60_000);
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    scratch?.remove();
    await removeTempDirs();
  });

  const logged = (msg: string): boolean => bot.logLines().some((line) => line.msg === msg);

  async function ask(text: string): Promise<{ status: number; quotes: string[] }> {
    const { id, url } = fake.newResponseUrl();
    const http = await fake.sendSlashCommand(bot.eventsUrl, text, { responseUrl: url });
    const [post] = await fake.responsesTo(id, 1);
    return { status: http.status, quotes: quotesOf((post!.body.blocks ?? []) as WireBlock[]).map((q) => q.quote) };
  }

  it('acknowledges and answers from the old index while the reload runs, then from the new one', async () => {
    expect(existsSync(join(corpusDir, 'zoo.md'))).toBe(false);
    await writeFile(join(corpusDir, 'zoo.md'), story({ title: 'Zoo news', published: '2025-12-21' }, [ZOO_FACT]));
    await fake.waitFor(() => logged('reloading'), 'the reload to start', 30_000);

    // Sent after the reload began and answered before the swap: what a main thread held by the reload cannot do.
    // An answer quoting the new story means the swap happened (its "reload" line follows).
    let acked = 0;
    let answeredByOldIndex = 0;
    const deadline = Date.now() + RELOAD_LIMIT_MS;
    while (!logged('reload') && Date.now() < deadline) {
      const help = await fake.sendSlashCommand(bot.eventsUrl, 'help');
      expect(help.status).toBe(200);
      const zoo = await ask(ZOO_QUESTION);
      expect(zoo.status).toBe(200);
      if (zoo.quotes.some((quote) => quote.includes('zebras'))) break;
      acked += 2;
      answeredByOldIndex += 1;
    }
    await fake.waitFor(() => logged('reload'), 'the reload to end', 10_000);
    expect(acked).toBeGreaterThan(0);
    expect(answeredByOldIndex).toBeGreaterThan(0);

    const after = await ask(ZOO_QUESTION);
    expect(after.status).toBe(200);
    expect(after.quotes.some((quote) => ZOO_FACT.includes(quote) && quote.includes('zebras'))).toBe(true);
    expect(bot.exitCode()).toBeUndefined();
  }, 180_000);
});
