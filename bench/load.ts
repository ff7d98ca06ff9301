// npm run load: the bot as `npm start` runs it (node bin/isf.js start, its own process) under load from a fake
// Slack and a fake Discord on 127.0.0.1. Slack: N signed `/isf ask` slash commands at /slack/events, C at a time;
// Discord: M `/isf ask` interactions through the fake gateway, C at a time; each load twice. It prints the
// acknowledgement latency (p50, p99, max), the errors and the bot's memory (after a full GC) before and after each
// run, and exits 1 when any request failed (so it can serve as a check).
//
//   npm run load -- [--requests 2000] [--concurrency 50] [--discord-requests 1000] [--users N] [--strict]
//                   [--profile DIR] [--env NAME=VALUE ...]
//
// --users N makes the requests cycle through N user ids (default: one per request, so a per-user rate limit never
// applies); --strict also exits 1 when p99 or memory growth misses its target; --profile DIR writes a CPU profile
// of the bot (node --cpu-prof) there when it stops; --env sets a variable of the bot (RATE_LIMIT_PER_MINUTE=1000).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_ID, TOKEN as DISCORD_TOKEN, FakeDiscord } from '../tests/adapters/discord/fakeDiscord.ts';
import { BOT_TOKEN, SIGNING_SECRET, startFakeSlack } from '../tests/adapters/slack/fakeSlack.ts';
import { OWN_SET_FILE } from './datasets/ownSet.ts';
import { startBotProcess, type BotProcess } from './load/botProcess.ts';
import { runDiscordLoad } from './load/discordLoad.ts';
import { describeMachine, formatErrors, formatGrowth, formatRuns, TARGETS, type MeasuredRun } from './load/report.ts';
import { runSlackLoad } from './load/slackLoad.ts';
import { errorTotal, type RunResult } from './load/types.ts';

const ACK_WINDOW_MS = 3000;
const SETTLE_MS = 15_000;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    'discord-requests': { type: 'string', default: '1000' },
    users: { type: 'string' },
    strict: { type: 'boolean', default: false },
    profile: { type: 'string' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const requests = positiveInt('--requests', values.requests);
const concurrency = positiveInt('--concurrency', values.concurrency);
const discordRequests = positiveInt('--discord-requests', values['discord-requests'], true);
const users = values.users === undefined ? undefined : positiveInt('--users', values.users);
const extraEnv = Object.fromEntries(
  values.env.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) usage(`--env takes NAME=VALUE (got "${pair}")`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);

const questions = await loadQuestions();
const slack = await startFakeSlack();
const discord = discordRequests > 0 ? await FakeDiscord.start() : undefined;
if (discord) discord.heartbeatIntervalMs = 41_250; // Discord's own interval, not the tests' quick one
const port = await freePort();
const adapters = discord ? ['slack', 'discord'] : ['slack'];
let bot: BotProcess | undefined;

const cleanUp = async (): Promise<void> => {
  await bot?.stop();
  await slack.close();
  await discord?.close();
};
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));

try {
  const startedAt = performance.now();
  bot = await startBotProcess(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      ...(discord && { DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl }),
      ...extraEnv,
    },
    adapters,
    { nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : [], readyUrl: `http://127.0.0.1:${port}/readyz` },
  );
  const bootMs = performance.now() - startedAt;
  console.log(`isf-bot under load: bin/isf.js start (pid ${bot.pid}, ${adapters.join(' + ')}, up in ${(bootMs / 1000).toFixed(1)} s) on 127.0.0.1`);
  console.log(describeMachine());
  console.log(
    `Slack: ${requests} signed /isf ask slash commands, ${concurrency} at a time, ${users ?? requests} users` +
      (discord ? `; Discord: ${discordRequests} /isf ask interactions, ${concurrency} at a time, ${users ?? discordRequests} users` : '') +
      `; ${questions.length} questions from bench/questions; each load run twice.\n`,
  );

  const before = await bot.memory();
  const runs: MeasuredRun[] = [];
  const measure = async (platform: MeasuredRun['platform'], run: () => Promise<RunResult>): Promise<void> => {
    const errorsBefore = bot!.errorLines.length;
    const botCpuBefore = await bot!.cpuMs();
    const loadCpuBefore = process.cpuUsage();
    const result = await run();
    const loadCpu = process.cpuUsage(loadCpuBefore);
    const botCpuAfter = await bot!.cpuMs();
    runs.push({
      ...result,
      platform,
      memoryAfter: await bot!.memory(),
      loggedErrors: bot!.errorLines.length - errorsBefore,
      botCpuMs: botCpuBefore === undefined || botCpuAfter === undefined ? undefined : botCpuAfter - botCpuBefore,
      loadCpuMs: (loadCpu.user + loadCpu.system) / 1000,
    });
  };
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  for (const round of [1, 2]) {
    await measure('slack', () =>
      runSlackLoad(slack, { label: `slack run ${round}`, eventsUrl, questions, requests, concurrency, users: users ?? requests, ackTimeoutMs: ACK_WINDOW_MS, settleMs: SETTLE_MS }),
    );
  }
  if (discord) {
    for (const round of [1, 2]) {
      await measure('discord', () =>
        runDiscordLoad(discord, { label: `discord run ${round}`, questions, requests: discordRequests, concurrency, users: users ?? discordRequests, ackTimeoutMs: ACK_WINDOW_MS, settleMs: SETTLE_MS }),
      );
    }
  }

  console.log(formatRuns(before, runs));
  console.log('');
  console.log('Acknowledgement: Slack, the HTTP 200 of the slash command POST; Discord, the interaction callback POST (the reply, or "thinking…").');
  console.log("Memory: the bot process after a full GC (heap used, RSS). bot CPU/req: the bot process's CPU time (all threads) per request.");
  console.log(`The load generator (fakes and client, this process) used ${runs.map((r) => `${(r.loadCpuMs / r.requests).toFixed(2)}`).join(' / ')} ms CPU per request.\n`);
  for (const run of runs) console.log(`errors, ${run.label}: ${formatErrors(run)}`);
  const verdicts: { ok: boolean; text: string }[] = [];
  const failed = runs.reduce((sum, run) => sum + errorTotal(run.errors) + run.loggedErrors, 0);
  verdicts.push({ ok: failed === 0, text: `zero errors: ${failed} in ${runs.reduce((sum, r) => sum + r.requests, 0)} requests` });
  for (const run of runs) verdicts.push({ ok: run.latency.p99 < TARGETS.p99Ms, text: `${run.label}: p99 acknowledgement ${run.latency.p99.toFixed(1)} ms (target < ${TARGETS.p99Ms} ms)` });
  for (const platform of ['slack', 'discord'] as const) {
    const [first, second] = runs.filter((r) => r.platform === platform);
    if (!first || !second) continue;
    const growth = second.memoryAfter.heapUsed - first.memoryAfter.heapUsed;
    verdicts.push({
      ok: growth <= TARGETS.heapGrowthBytes,
      text: `${platform}: memory from run 1 to run 2: ${formatGrowth(first.memoryAfter, second.memoryAfter)} (target: heap within +${TARGETS.heapGrowthBytes / 1024 / 1024} MB)`,
    });
  }
  if (!before.gc) verdicts.push({ ok: false, text: 'the bot ran without --expose-gc: memory figures include garbage' });
  console.log('');
  for (const verdict of verdicts) console.log(`${verdict.ok ? 'PASS' : 'MISS'}  ${verdict.text}`);
  if (bot.errorLines.length > 0) console.log(`\nThe bot's last error lines:\n${bot.errorLines.slice(-5).join('\n')}`);
  process.exitCode = failed > 0 || (values.strict && verdicts.some((v) => !v.ok)) ? 1 : 0;
} catch (error) {
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await cleanUp();
}

/** The question texts of the own question set. */
async function loadQuestions(): Promise<string[]> {
  const raw = JSON.parse(await readFile(OWN_SET_FILE, 'utf8')) as { questions?: { question?: unknown }[] };
  const texts = (raw.questions ?? []).map((q) => q.question).filter((q): q is string => typeof q === 'string' && q.trim() !== '');
  if (texts.length === 0) throw new Error(`${OWN_SET_FILE}: no questions`);
  return texts;
}

/** A free local port, found by listening on port 0. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function positiveInt(flag: string, value: string | undefined, zeroAllowed = false): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (zeroAllowed ? 0 : 1)) usage(`${flag} must be a whole number${zeroAllowed ? '' : ' of at least 1'} (got "${value}")`);
  return number;
}

function usage(problem: string): never {
  console.error(`load: ${problem}`);
  process.exit(2);
}
