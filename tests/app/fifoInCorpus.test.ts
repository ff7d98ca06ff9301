// Issue 13 item 1, at the level where it hung: the `isf` process itself. A named pipe called x.md in the corpus
// must not stall start-up, a one-shot command, a reload or the exit on SIGTERM.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempCorpus } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { getJson, waitUntil } from '../support/startBotHelpers.ts';
import { freePort } from '../support/ports.ts';
import { spawnIsf, type SpawnedIsf } from '../support/spawnIsf.ts';

/** How long the outside check gives each step (issue 13: "exit within 5 s"). */
const PROMPT_MS = 5000;

const children: ChildProcess[] = [];
const fifos: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // A writer that comes and goes sets free any reader a regression left waiting on a pipe.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it.
    }
  }
});
afterAll(removeTempDirs);

/** The shipped story plus named pipes called like stories. */
async function corpusWithPipes(names: string[]): Promise<string> {
  const dir = await makeTempCorpus({});
  await cp('corpus', dir, { recursive: true });
  for (const name of names) addPipe(dir, name);
  return dir;
}

function addPipe(dir: string, name: string): void {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  fifos.push(path);
}

/** Runs `isf <args>` logging at info unless `env` says otherwise; killed after each test. */
function isf(args: string[], env: Record<string, string> = {}): SpawnedIsf {
  const run = spawnIsf(args, { LOG_LEVEL: 'info', ...env });
  children.push(run.child);
  return run;
}

describe('a named pipe called x.md in the corpus folder', () => {
  it('does not hang `isf ask`: it answers from the story and reports each pipe as not a regular file', async () => {
    const dir = await corpusWithPipes(['x.md', 'y.md', 'z.txt', 'w.md']);
    const run = isf(['ask', 'How many troops has Pakistan sent to UN missions?', '--json', '--corpus', dir], { LOG_LEVEL: 'warn' });
    run.child.stdin!.end();
    const code = await Promise.race([run.exited, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`isf ask still running after 20 s:\n${run.stderr()}`)), 20_000))]);
    expect(code).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ answered: true });
    const skipped = run.stderr().split('\n').filter((line) => line.includes('not a regular file'));
    expect(skipped).toHaveLength(4);
  }, 30_000);

  it('does not hang start-up, a reload (SIGHUP or a new pipe) or the exit on SIGTERM', async () => {
    const dir = await corpusWithPipes(['x.md']);
    const healthPort = await freePort();
    const bot = isf(['start'], { CORPUS_DIR: dir, HEALTH_PORT: String(healthPort) });
    await waitUntil(() => {
      if (bot.child.exitCode !== null) throw new Error(`the bot exited:\n${bot.stderr()}`);
      return bot.stderr().includes('adapter started');
    }, 'the bot to start', 20_000, 50);
    expect(await getJson(`http://127.0.0.1:${healthPort}/readyz`)).toMatchObject({ status: 200, body: { ready: true, corpus: { documents: 1 } } });

    bot.child.kill('SIGHUP');
    await waitUntil(() => bot.stderr().includes('"reason":"SIGHUP"'), 'the SIGHUP reload to finish', PROMPT_MS, 50);
    addPipe(dir, 'late.md');
    await waitUntil(() => bot.stderr().split('\n').some((line) => line.includes('late.md') && line.includes('not a regular file')), 'the reload that meets the new pipe', PROMPT_MS, 50);
    await waitUntil(() => bot.stderr().split('\n').filter((line) => line.includes('"msg":"reload"')).length >= 2, 'that reload to finish', PROMPT_MS, 50);
    expect((await getJson(`http://127.0.0.1:${healthPort}/readyz`)).status).toBe(200);

    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    const at = bot.exitedAt()!;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(PROMPT_MS);
  }, 60_000);
});
