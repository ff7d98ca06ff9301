// Issue 13 item 7: a gateway close Discord will not take back (4004 token rejected, 4010-4014) while running.
import { describe, expect, it, vi } from 'vitest';
import { cleanUpAfterEach } from '../../support/cleanups.ts';
import { APP_ID, FakeDiscord, TOKEN } from './fakeDiscord.ts';
import { captureLog } from '../../support/captureLog.ts';
import { CORPUS_DIR } from '../../support/paths.ts';
import { spawnIsf } from '../../support/spawnIsf.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';
import { startAdapter } from './helpers.ts';

/** The outside check's bound: a supervisor must see the process go within 10 s. */
const EXIT_WITHIN_MS = 10_000;

const cleanups = cleanUpAfterEach();

describe('a fatal gateway close after READY, in the adapter', () => {
  it.each([4004, 4010, 4011, 4012, 4013, 4014])('close code %i calls onFatal once, with one error line saying what Discord refused', async (code) => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const { bot } = await loadStoryBot();
    const log = captureLog('debug');
    const onFatal = vi.fn<(reason: string) => void>();
    const adapter = await startAdapter(fake, bot, log.logger, { onFatal });
    cleanups.push(() => adapter.stop());
    fake.dropConnections(code);
    await vi.waitFor(() => expect(onFatal).toHaveBeenCalledTimes(1));
    expect(onFatal.mock.calls[0]![0]).toContain(`gateway close ${code}`);
    const errors = log.lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code });
    expect(String(errors[0]!.msg)).toMatch(/exiting so a supervisor restarts the bot/);
  });

  it('a resumable close (4000) is not fatal: the client resumes', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const { bot } = await loadStoryBot();
    const log = captureLog('debug');
    const onFatal = vi.fn<(reason: string) => void>();
    const adapter = await startAdapter(fake, bot, log.logger, { onFatal });
    cleanups.push(() => adapter.stop());
    fake.dropConnections(4000);
    await vi.waitFor(() => expect(log.lines().map((l) => l.msg)).toContain('discord gateway resumed'), { timeout: 10_000 });
    expect(onFatal).not.toHaveBeenCalled();
  });

  it('a clean stop logs no "reconnecting" warning', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const { bot } = await loadStoryBot();
    const log = captureLog('debug');
    const adapter = await startAdapter(fake, bot, log.logger);
    expect(await adapter.stop()).toEqual({ unsent: 0 });
    expect(log.lines().map((l) => l.msg)).toContain('discord stopped');
    expect(log.lines().filter((l) => (l.level as number) >= 40)).toEqual([]);
  });
});

describe('npm start when Discord closes the gateway with 4004 after READY', () => {
  it('exits non-zero within 10 s, with one line saying the token was rejected', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const workDir = await makeTempDir('isf-4004-');
    cleanups.push(removeTempDirs);
    const bot = spawnIsf(['start'], { CORPUS_DIR, LOG_LEVEL: 'info', DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, { cwd: workDir });
    bot.child.stdin!.end();
    cleanups.push(async () => {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
    });
    await vi.waitFor(() => {
      if (bot.child.exitCode !== null) throw new Error(`the bot exited early:\n${bot.stderr()}`);
      expect(bot.stderr()).toContain('discord connected');
    }, { timeout: 60_000, interval: 50 });

    const closed = Date.now();
    fake.dropConnections(4004);
    const code = await bot.exited;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(bot.exitedAt()! - closed).toBeLessThan(EXIT_WITHIN_MS);
    expect(bot.stderr().split('\n').filter((line) => /rejected DISCORD_TOKEN/.test(line))).toHaveLength(1);
    expect(bot.stderr()).not.toContain(TOKEN);
  }, 90_000);
});
