import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../src/app/corpusWatcher.ts';
import { loadEngine } from '../../src/app/loadEngine.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Engine } from '../../src/search/engine.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { captureLog } from '../support/captureLog.ts';
import { waitUntil } from '../support/startBotHelpers.ts';

const ZOO_QUESTION = 'How many zebras does the Gaza zoo keep?';
const ZOO = story({ title: 'Zoo news', published: '2025-12-21' }, ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday.', 'The zoo reopened in November after repairs.']);
const TROOPS_QUESTION = 'How many troops has Pakistan sent to UN missions?';

let dir: string;
let bot: Bot;
let watcher: CorpusWatcher | undefined;
let log: ReturnType<typeof captureLog>;

beforeEach(async () => {
  dir = await makeTempCorpus({});
  await cp('corpus', dir, { recursive: true });
  log = captureLog('info');
  bot = new Bot(await loadEngine(dir, silentLogger), silentLogger);
});

afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await removeTempDirs();
});

const answers = (question: string, doc?: string): boolean => {
  const reply = bot.run('ask', { question });
  return !reply.refused && (doc === undefined || reply.quotes[0]?.doc === doc);
};
const reloads = () => log.lines().filter((l) => l.msg === 'reload');

function watch(options: { debounceMs?: number; pollMs?: number; load?: (dir: string) => Promise<Engine> } = {}): CorpusWatcher {
  watcher = watchCorpus({ dir, bot, logger: log.logger, ...options });
  return watcher;
}

describe('live corpus reload', () => {
  it('answers from a story added to the folder within 5 seconds, and logs the reload with its figures', async () => {
    watch();
    expect(answers(ZOO_QUESTION)).toBe(false);
    const written = Date.now();
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await waitUntil(() => answers(ZOO_QUESTION, 'zoo'), 'the new story to be answerable', 5000);
    expect(Date.now() - written).toBeLessThan(5000);
    await waitUntil(() => reloads().length > 0, 'the reload line');
    expect(reloads()[0]).toMatchObject({ level: 30, documents: 2, passages: 22, skipped: 0, ms: expect.any(Number) });
    expect(answers(TROOPS_QUESTION)).toBe(true);
  });

  it('logs and skips a broken file added next to a good one; the others answer as before', async () => {
    watch();
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await waitUntil(() => answers(ZOO_QUESTION, 'zoo'), 'the new story');
    const before = bot.engine;
    await writeFile(join(dir, 'broken.md'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    await writeFile(join(dir, 'unclosed.md'), '---\ntitle: never closed\n\nA body without the end of its front matter.\n');
    await waitUntil(() => log.lines().filter((l) => l.msg?.toString().startsWith('skipped corpus file')).length >= 2, 'both broken files to be reported', 5000);
    const skipped = log.lines().filter((l) => String(l.msg).startsWith('skipped corpus file'));
    expect(skipped.map((l) => l.file)).toEqual(expect.arrayContaining([join(dir, 'broken.md'), join(dir, 'unclosed.md')]));
    expect(skipped.every((l) => l.level === 40)).toBe(true);
    await waitUntil(() => bot.engine !== before && bot.engine.corpus.problems.length === 2, 'the reload with both files skipped');
    expect(bot.engine.corpus.documents.map((d) => d.id).sort()).toEqual([...before.corpus.documents.map((d) => d.id)].sort());
    expect(answers(ZOO_QUESTION, 'zoo')).toBe(true);
    expect(answers(TROOPS_QUESTION)).toBe(true);
  });

  it('picks up an edited story and forgets a removed one', async () => {
    watch();
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await waitUntil(() => answers(ZOO_QUESTION, 'zoo'), 'the new story');
    await writeFile(join(dir, 'zoo.md'), story({ title: 'Zoo news' }, ['The Gaza zoo keeps 7 giraffes now, after the zebras were moved to Egypt.']));
    await waitUntil(() => bot.engine.corpus.documents.find((d) => d.id === 'zoo')?.passages[0]?.text.includes('giraffes'), 'the edit', 5000);
    expect(bot.run('ask', { question: 'How many giraffes does the Gaza zoo keep?' }).quotes[0]?.quote).toContain('7 giraffes');
    await rm(join(dir, 'zoo.md'));
    await waitUntil(() => !bot.engine.corpus.documents.some((d) => d.id === 'zoo'), 'the removal', 5000);
    expect(answers(ZOO_QUESTION)).toBe(false);
    expect(answers(TROOPS_QUESTION)).toBe(true);
  });

  it('keeps the last good index when the folder as a whole becomes unusable, and logs why', async () => {
    watch();
    const before = bot.engine;
    await rm(before.corpus.documents[0]!.file);
    await writeFile(join(dir, 'empty.md'), '---\ntitle: nothing\n---\n');
    await waitUntil(() => log.lines().some((l) => l.msg === 'reload failed: the last good index keeps answering'), 'the failed reload', 5000);
    const failure = log.lines().find((l) => l.msg === 'reload failed: the last good index keeps answering')!;
    expect(failure.level).toBe(50);
    expect(String(failure.error)).toMatch(/no usable story/);
    expect(bot.engine).toBe(before);
    expect(answers(TROOPS_QUESTION)).toBe(true);
  });

  it('ignores files that are not stories (editor swap files, hidden files)', async () => {
    let loads = 0;
    watch({ pollMs: 0, load: (d) => (loads++, loadEngine(d, silentLogger)) });
    await writeFile(join(dir, '.zoo.md.swp'), 'swap');
    await writeFile(join(dir, 'notes.json'), '{}');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(loads).toBe(0);
  });

  it('reloads on demand (SIGHUP) and never runs two reloads at once: changes meanwhile lead to one more', async () => {
    let running = 0;
    let peak = 0;
    let loads = 0;
    const slowLoad = async (d: string): Promise<Engine> => {
      loads += 1;
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const engine = await loadEngine(d, silentLogger);
      running -= 1;
      return engine;
    };
    const w = watch({ pollMs: 0, load: slowLoad });
    const results = await Promise.all([w.reload('SIGHUP'), w.reload('SIGHUP'), w.reload('SIGHUP'), w.reload('SIGHUP')]);
    expect(results.every(Boolean)).toBe(true);
    expect(peak).toBe(1);
    expect(loads).toBe(2);
    expect(reloads().map((l) => l.reason)).toEqual(['SIGHUP', 'SIGHUP']);
  });

  it('stops watching when closed', async () => {
    const w = watch();
    w.close();
    const before = bot.engine;
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(bot.engine).toBe(before);
  });
});
