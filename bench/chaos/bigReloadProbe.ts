// The chaos probe of a reload at scale (issue 13 item 2): a Slack bot serving a corpus of about 100,000
// paragraphs (copies of the public bench articles, as bench:scale makes them) gets a new story; while the reload
// runs, signed slash commands keep coming, and their acks and answers are timed against a baseline taken just
// before it in the same run (the machine is shared, so only the comparison and the bounds say anything).
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexFilePath } from '../../src/app/indexCache.ts';
import { readArticles, sampleQuestions, writeScaleCorpus } from '../scale/scaleCorpus.ts';
import { logLines, quantile, record, runProbe, seconds, sleep, waitFor, type Probe } from './harness.ts';
import { ackLoop, startSlackBot, timedAnswer, type SlackBot } from './slackBot.ts';

/** The bounds: acks under a second during the reload, and answers that keep coming. */
const ACK_LIMIT_MS = 1000;
/** "Answers keep coming": each question asked during the reload is answered within this, not after the reload. */
const ANSWER_LIMIT_MS = 5000;
/** The baseline before the reload, and the pause after each answer before the next question (a busy channel). */
const BASELINE_MS = 15_000;
const QUESTION_GAP_MS = 2000;
const ACK_GAP_MS = 100;
/** Bounds of this probe on a loaded 2-core machine: the first build at 100,000 paragraphs took 4 minutes at load 13, over 20 at load 20. */
const READY_LIMIT_MS = 30 * 60_000;
const SAVED_LIMIT_MS = 10 * 60_000;
const RELOAD_LIMIT_MS = 15 * 60_000;
/** Questions sampled from the articles' own (answerable) ones. */
const QUESTIONS = 300;

/** A corpus folder (and DATA_DIR) kept from an earlier run, to spare the first build (minutes at 100,000 paragraphs). */
export interface KeptScaleCorpus {
  corpusDir: string;
  dataDir: string;
}

/**
 * Runs the probe on a corpus of about `paragraphs` paragraphs, written to a temp folder, or in `kept` (written there
 * when empty, and left in place); the questions asked are added to `asked` (for the leak scan).
 */
export async function bigReloadProbe(paragraphs: number, asked: Set<string>, kept?: KeptScaleCorpus): Promise<void> {
  const probe: Probe = {
    name: `Slack during a reload at ${paragraphs.toLocaleString('en')} paragraphs`,
    threshold: `acks < ${ACK_LIMIT_MS} ms; every answer < ${seconds(ANSWER_LIMIT_MS)}`,
  };
  const corpusDir = kept?.corpusDir ?? (await mkdtemp(join(tmpdir(), 'isf-chaos-scale-')));
  const dataDir = kept?.dataDir ?? (await mkdtemp(join(tmpdir(), 'isf-chaos-scale-data-')));
  const added = join(corpusDir, 'chaos-added-story.md');
  await rm(added, { force: true });
  let slack: SlackBot | undefined;
  try {
    await runProbe(probe, READY_LIMIT_MS + SAVED_LIMIT_MS + RELOAD_LIMIT_MS + 5 * 60_000, async () => {
      const { articles, questions } = await readArticles();
      const existing = kept ? (await readdir(corpusDir)).filter((name) => name.endsWith('.md')).length : 0;
      const corpus = existing > 0 ? await countParagraphs(corpusDir) : await writeScaleCorpus(corpusDir, paragraphs, articles);
      const pool = sampleQuestions(questions, QUESTIONS).map((q) => q.question);
      for (const question of pool) asked.add(question);
      const startedAt = Date.now();
      slack = await startSlackBot({ corpusDir, readyMs: READY_LIMIT_MS, env: { DATA_DIR: dataDir } });
      const readyMs = Date.now() - startedAt;
      // The first start saves the index it built in the background: the reload is measured once that is done.
      const indexFile = indexFilePath(dataDir, corpusDir);
      const saved = await waitFor(async () => (await stat(indexFile).catch(() => undefined)) !== undefined, SAVED_LIMIT_MS);
      if (!saved) throw new Error(`the index built at start was not saved within ${seconds(SAVED_LIMIT_MS)}`);
      await sleep(2000);

      let next = 0;
      const ask = (): string => pool[next++ % pool.length]!;
      const baseline = await traffic(slack, ask, (elapsed) => elapsed >= BASELINE_MS);

      const skip = slack.bot.stderr().length;
      await writeFile(added, `---\ntitle: A story added while serving\n---\n\nThe chaos probe added this story while the bot was serving ${corpus.paragraphs} paragraphs.\n`);
      const reloadStarted = Date.now();
      const reloaded = (): boolean => logLines(slack!.bot, 'reload', skip).length > 0 || Date.now() - reloadStarted > RELOAD_LIMIT_MS;
      const during = await traffic(slack, ask, () => reloaded());
      const line = logLines(slack.bot, 'reload', skip)[0];
      if (!line) throw new Error(`no reload within ${seconds(RELOAD_LIMIT_MS)}`);
      const reload = JSON.parse(line) as { ms: number; passages: number };

      const worstAck = Math.max(...during.acks);
      const worstAnswer = Math.max(...during.answers);
      const missed = during.missedAcks + during.missedAnswers;
      record(
        probe,
        `start ${seconds(readyMs)}; reload ${seconds(reload.ms)} to ${reload.passages} passages; acks before: slowest ${Math.round(Math.max(...baseline.acks))} ms; ` +
          `during: ${during.acks.length} acks, p99 ${Math.round(quantile(during.acks, 0.99))} ms, slowest ${Math.round(worstAck)} ms ` +
          `(${during.quietAcks.length} with no question in flight: slowest ${Math.round(Math.max(...during.quietAcks))} ms, before ${Math.round(Math.max(...baseline.quietAcks))} ms); ` +
          `${during.answers.length - during.missedAnswers}/${during.answers.length} answered, slowest ${seconds(worstAnswer)} (before: ${seconds(Math.max(...baseline.answers))})` +
          (missed ? `; ${during.missedAcks} acks and ${during.missedAnswers} answers never came` : ''),
        worstAck < ACK_LIMIT_MS && worstAnswer < ANSWER_LIMIT_MS && missed === 0 && reload.passages === corpus.paragraphs + 1 ? 'ok' : 'FAIL',
      );
    });
  } finally {
    await slack?.close();
    await rm(added, { force: true });
    if (!kept) {
      await rm(corpusDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

/** The paragraphs of a kept corpus folder (blank-line separated, after the front matter), as writeScaleCorpus wrote them. */
async function countParagraphs(dir: string): Promise<{ paragraphs: number }> {
  let paragraphs = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.md')) continue;
    const body = (await readFile(join(dir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    paragraphs += body.split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  }
  return { paragraphs };
}

interface Traffic {
  acks: number[];
  /** Acks sent and answered while no question was in flight: what the reload alone holds up. */
  quietAcks: number[];
  missedAcks: number;
  answers: number[];
  missedAnswers: number;
}

/**
 * Acks (one in flight at a time) and questions (each awaited, then a pause) until `done(elapsedMs)`. The pause
 * leaves windows with no question in flight, whose acks show what the reload alone holds up.
 */
async function traffic(slack: SlackBot, ask: () => string, done: (elapsedMs: number) => boolean): Promise<Traffic> {
  const started = Date.now();
  let stop = false;
  const acking = ackLoop(slack, ACK_GAP_MS, () => stop);
  const answers: number[] = [];
  const asking: [number, number][] = [];
  let missedAnswers = 0;
  while (!done(Date.now() - started)) {
    const sent = performance.now();
    const ms = await timedAnswer(slack, ask(), ANSWER_LIMIT_MS * 2);
    asking.push([sent, performance.now()]);
    if (ms === undefined) missedAnswers += 1;
    answers.push(ms ?? ANSWER_LIMIT_MS * 2);
    await sleep(QUESTION_GAP_MS);
  }
  stop = true;
  const { acks, missed, spans } = await acking;
  const quietAcks = acks.filter((_, i) => !asking.some(([from, to]) => spans[i]![0] < to && spans[i]![1] > from));
  return { acks, quietAcks, missedAcks: missed, answers, missedAnswers };
}
