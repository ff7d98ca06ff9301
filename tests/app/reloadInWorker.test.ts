import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../src/app/corpusWatcher.ts';
import { loadEngine } from '../../src/app/loadEngine.ts';
import { reloadInWorker } from '../../src/app/reloadInWorker.ts';
import { Bot } from '../../src/bot/bot.ts';
import { CorpusError } from '../../src/corpus/loadCorpus.ts';
import { silentLogger } from '../../src/logger.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';
import { captureLog } from '../support/captureLog.ts';

const ZOO_QUESTION = 'How many zebras does the Gaza zoo keep?';
const ZOO = story({ title: 'Zoo news', published: '2025-12-21' }, ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday.']);
const TROOPS_QUESTION = 'How many troops has Pakistan sent to UN missions?';

let watcher: CorpusWatcher | undefined;

async function shippedCorpusCopy(): Promise<{ dir: string; dataDir: string }> {
  const dir = await makeTempCorpus({});
  await cp('corpus', dir, { recursive: true });
  const dataDir = await makeTempDir('isf-data-');
  return { dir, dataDir };
}

afterEach(() => {
  watcher?.close();
  watcher = undefined;
});

afterAll(removeTempDirs);

describe('reload in a worker thread', () => {
  it('builds the new index in a worker and swaps it in: the new story answers, the old ones still do', async () => {
    const { dir, dataDir } = await shippedCorpusCopy();
    const bot = new Bot(await loadEngine(dir, silentLogger, { dataDir }), silentLogger);
    const log = captureLog('debug');
    watcher = watchCorpus({ dir, dataDir, bot, logger: log.logger, pollMs: 0, debounceMs: 60_000 });
    const before = bot.engine;
    await writeFile(join(dir, 'zoo.md'), ZOO);
    expect(before.ask(ZOO_QUESTION).answered).toBe(false);
    expect(await watcher.reload('test')).toBe(true);
    expect(bot.engine).not.toBe(before);
    expect(bot.engine.ask(ZOO_QUESTION).passages[0]?.doc).toBe('zoo');
    expect(bot.engine.ask(TROOPS_QUESTION).answered).toBe(true);
    const indexed = log.lines().find((l) => l.msg === 'corpus indexed in a worker');
    expect(indexed).toMatchObject({ index: 'updated', reindexed: 1 });
    // The suggestion topics come mined from the worker (they read every sentence), the new story's names among them.
    expect(indexed!.topics).toBeGreaterThan(0);
    expect(bot.engine.suggestQuestions('Haddad')).toContain('What does the story say about Amal Haddad?');
  }, 60_000);

  it('rejects with CorpusError for an unusable folder, so the last good index keeps answering', async () => {
    const { dataDir } = await shippedCorpusCopy();
    const empty = await makeTempCorpus({});
    await expect(reloadInWorker(empty, dataDir, silentLogger).engine).rejects.toBeInstanceOf(CorpusError);
  }, 60_000);

  it('is abandoned on close: the reload under way is cancelled and nothing is swapped in', async () => {
    const { dir, dataDir } = await shippedCorpusCopy();
    const bot = new Bot(await loadEngine(dir, silentLogger, { dataDir }), silentLogger);
    watcher = watchCorpus({ dir, dataDir, bot, logger: silentLogger, pollMs: 0, debounceMs: 60_000 });
    const before = bot.engine;
    await writeFile(join(dir, 'zoo.md'), ZOO);
    const reloading = watcher.reload('test');
    watcher.close();
    expect(await reloading).toBe(false);
    expect(bot.engine).toBe(before);
  }, 60_000);
});
