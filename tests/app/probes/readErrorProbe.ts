// Probe of issue 13 item 4, reusable by `npm run chaos`: a reload during file-descriptor exhaustion must keep
// every story (the previous version of one that fails to read), and the stories must read fresh again once
// descriptors are back, with no file changing. Prints one JSON line of outcomes; exits 0 when all held.
// Run: node bin/run-ts.js tests/app/probes/readErrorProbe.ts   (faster under `ulimit -n 256`)
import { closeSync, openSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { watchCorpus } from '../../../src/app/corpusWatcher.ts';
import { loadEngine } from '../../../src/app/loadEngine.ts';
import { Bot } from '../../../src/bot/bot.ts';
import { createLogger } from '../../../src/logger.ts';

const RETRY_FIRST_MS = 200;
const RECOVERY_TIMEOUT_MS = 10_000;

const dir = await mkdtemp(join(tmpdir(), 'isf-read-error-'));
const held: number[] = [];
const release = (): void => {
  for (const fd of held.splice(0)) closeSync(fd);
};
/** Opens /dev/null until the process has no descriptor left, then gives `spare` back. */
const exhaust = (spare: number): void => {
  for (;;) {
    try {
      held.push(openSync('/dev/null', 'r'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EMFILE') throw error;
      break;
    }
  }
  for (let i = 0; i < spare; i++) closeSync(held.pop()!);
};

try {
  await cp(resolve('corpus'), dir, { recursive: true });
  for (const name of ['alpha', 'bravo', 'charlie']) {
    await writeFile(join(dir, `${name}.md`), `---\ntitle: ${name}\n---\n\nThe ${name} paragraph names ${name} once.\n`);
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const bot = new Bot(await loadEngine(dir, logger), logger);
  const everyStory = bot.engine.corpus.documents.map((d) => d.id).sort();
  const watcher = watchCorpus({ dir, bot, logger, pollMs: 0, retryFirstMs: RETRY_FIRST_MS });
  const servesEveryStory = (): boolean => JSON.stringify(bot.engine.corpus.documents.map((d) => d.id).sort()) === JSON.stringify(everyStory);
  const transient = (): number => bot.engine.corpus.problems.filter((p) => p.transient).length;
  const waitForFreshRead = async (): Promise<number> => {
    const started = Date.now();
    while (transient() > 0 || bot.engine.corpus.problems.length > 0) {
      if (Date.now() - started > RECOVERY_TIMEOUT_MS) return -1;
      await new Promise((done) => setTimeout(done, 50));
    }
    return Date.now() - started;
  };

  // 1. One descriptor left: the folder lists, but most stories fail to open (EMFILE).
  exhaust(1);
  await watcher.reload('probe: one descriptor left');
  const partly = { keptEveryStory: servesEveryStory(), transientProblems: transient() };
  release();
  const partlyRecoveredMs = await waitForFreshRead();

  // 2. No descriptor left: the folder itself cannot be listed; the index stays and the folder is read again.
  exhaust(0);
  const swapped = await watcher.reload('probe: no descriptor left');
  const fully = { keptEveryStory: servesEveryStory(), swapped };
  release();
  // The retry after a failed listing swaps in a fresh index: wait for a reload that reads cleanly.
  const before = bot.engine;
  const startedWaiting = Date.now();
  while (bot.engine === before && Date.now() - startedWaiting < RECOVERY_TIMEOUT_MS) await new Promise((done) => setTimeout(done, 50));
  const fullyRecoveredMs = bot.engine === before ? -1 : Date.now() - startedWaiting;
  watcher.close();

  const outcome = {
    oneDescriptorLeft: { ...partly, recoveredMs: partlyRecoveredMs },
    noDescriptorLeft: { ...fully, recoveredMs: fullyRecoveredMs, servesEveryStory: servesEveryStory(), problems: bot.engine.corpus.problems.length },
  };
  console.log(JSON.stringify(outcome));
  const allHeld =
    partly.keptEveryStory && partly.transientProblems > 0 && partlyRecoveredMs >= 0 && fully.keptEveryStory && !fully.swapped && fullyRecoveredMs >= 0 && servesEveryStory() && bot.engine.corpus.problems.length === 0;
  process.exitCode = allHeld ? 0 : 1;
} finally {
  release();
  await rm(dir, { recursive: true, force: true });
}
