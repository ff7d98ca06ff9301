import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from './paths.ts';
import { closedPort } from './ports.ts';
import { BOT_TOKEN, SIGNING_SECRET, type FakeSlack } from '../adapters/slack/fakeSlack.ts';
import { runIsf, spawnIsf } from './spawnIsf.ts';

// A cold start builds or loads the index and warms the engine: a few seconds, much longer on a loaded machine.
const START_TIMEOUT_MS = 30_000;
// SIGTERM drains acknowledged answers first; past this the test kills the process.
const STOP_GRACE_MS = 15_000;

/** A scratch folder removed by the returned function: a bot's working directory (no `.env`, its own ./data). */
export function scratchDir(prefix = 'isf-bot-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `npm start` (node bin/isf.js start) in Slack HTTP mode against a fake Slack, in its own process. */
export interface SlackBotProcess {
  /** Where the fake Slack posts events, slash commands and button clicks. */
  readonly eventsUrl: string;
  /** Slack's HTTP port (PORT). */
  readonly port: number;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** The JSON log lines so far. */
  logLines(): Record<string, unknown>[];
  /** The exit code once exited, else undefined. */
  exitCode(): number | null | undefined;
  /** SIGTERM, then SIGKILL after a grace period; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Spawns the bot in `cwd` with exactly the Slack HTTP variables for `fake`, PATH, HOME, CORPUS_DIR (the shipped
 * corpus), LOG_LEVEL=info and `env`; resolves once it logged "slack: ready".
 */
export async function startSlackBot(fake: FakeSlack, cwd: string, env: Record<string, string> = {}): Promise<SlackBotProcess> {
  const port = await closedPort();
  const { child, stderr, exited } = spawnIsf(
    ['start'],
    { CORPUS_DIR, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), ...env },
    { cwd },
  );
  child.stdin!.end();
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited.finally(() => clearTimeout(timer));
    }
    process.removeListener('exit', killOnExit);
    return child.exitCode;
  };
  try {
    await fake.waitFor(() => stderr().includes('"slack: ready"') || child.exitCode !== null, 'the bot to start', START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${stderr()}`);
  }
  if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}):\n${stderr()}`);
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    port,
    stderr,
    logLines: () =>
      stderr()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exitCode: () => (child.exitCode === null && child.signalCode === null ? undefined : child.exitCode),
    stop,
  };
}

/** Runs `isf …args` in cwd on the shipped corpus with exactly PATH, HOME, CORPUS_DIR and env. */
export function runIsfIn(cwd: string, args: string[], env: Record<string, string> = {}): ReturnType<typeof runIsf> {
  return runIsf(args, { CORPUS_DIR, ...env }, { cwd });
}
