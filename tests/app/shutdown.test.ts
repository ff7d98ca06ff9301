import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { EXIT_FAILED_STOP, handleSignals, type Stoppable } from '../../src/app/shutdown.ts';
import { captureLog } from '../support/captureLog.ts';

/** A bot whose stop() resolves when the test says so, with this many answers lost. */
function fakeBot(): Stoppable & { stops: number; reloads: string[]; finish: (unsent?: number) => void } {
  let finish!: (unsent: number) => void;
  const stopped = new Promise<{ unsent: number }>((resolve) => (finish = (unsent) => resolve({ unsent })));
  const bot = {
    stops: 0,
    reloads: [] as string[],
    finish: (unsent = 0) => finish(unsent),
    stop: () => {
      bot.stops += 1;
      return stopped;
    },
    reload: (reason = '') => {
      bot.reloads.push(reason);
      return Promise.resolve(true);
    },
  };
  return bot;
}

function setUp(hardLimitMs = 4500) {
  const signals = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  const log = captureLog('info');
  const handlers = handleSignals(log.logger, { signals, exit, hardLimitMs });
  return { signals, exit, log, handlers };
}

describe('signal handling', () => {
  it('stops the bot once on SIGTERM or SIGINT; the hard limit then only ends a process that something still holds open', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { signals, exit, log, handlers } = setUp(200);
      const bot = fakeBot();
      handlers.attach(bot);
      signals.emit(signal);
      expect(bot.stops).toBe(1);
      bot.finish();
      await vi.waitFor(() => expect(log.lines().map((l) => l.msg)).toContain('stopped'));
      expect(exit).not.toHaveBeenCalled();
      // This test process is held open by vitest, like a stray handle would hold the bot's.
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
      expect(log.lines().map((l) => l.msg)).toEqual([
        'shutting down: no new questions, sending the answers already acknowledged',
        'stopped',
        'stopped, but something still holds the process open: exiting',
      ]);
      handlers.remove();
    }
  });

  it('exits non-zero at once, saying how many, when the stop lost acknowledged answers', async () => {
    const { signals, exit, log, handlers } = setUp(10_000);
    const bot = fakeBot();
    handlers.attach(bot);
    signals.emit('SIGTERM');
    bot.finish(3);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(EXIT_FAILED_STOP));
    expect(EXIT_FAILED_STOP).not.toBe(0);
    const line = log.lines().find((l) => l.level === 50)!;
    expect(line).toMatchObject({ unsent: 3 });
    expect(line.msg).toMatch(/3 acknowledged answer\(s\) were never sent/);
    handlers.remove();
  });

  it('exits non-zero with an error when stopping takes longer than the hard limit', async () => {
    const { signals, exit, log, handlers } = setUp(100);
    handlers.attach(fakeBot()); // never finishes
    signals.emit('SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(EXIT_FAILED_STOP), { timeout: 2000 });
    expect(log.lines().find((l) => l.level === 50)?.msg).toMatch(/taking too long/);
    handlers.remove();
  });

  it('exits at once on a second stop signal, non-zero while answers may still be in flight', () => {
    const { signals, exit, handlers } = setUp();
    handlers.attach(fakeBot());
    signals.emit('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    signals.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(EXIT_FAILED_STOP);
    handlers.remove();
  });

  it('stops a bot that was still starting when the signal came, as soon as it is handed over', async () => {
    const { signals, exit, handlers } = setUp(100);
    signals.emit('SIGTERM');
    const bot = fakeBot();
    handlers.attach(bot);
    expect(bot.stops).toBe(1);
    await vi.waitFor(() => expect(exit).toHaveBeenCalled()); // this bot never finishes stopping
    handlers.remove();
  });

  it('on a failure, stops the bot as on SIGTERM and then exits non-zero, so a supervisor restarts it', async () => {
    const { exit, log, handlers } = setUp(10_000);
    const bot = fakeBot();
    handlers.attach(bot);
    handlers.fail('Discord rejected DISCORD_TOKEN');
    handlers.fail('again'); // one stop only
    expect(bot.stops).toBe(1);
    expect(exit).not.toHaveBeenCalled();
    bot.finish(0);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(EXIT_FAILED_STOP));
    expect(log.lines().map((l) => l.msg)).toContain('stopped');
    handlers.remove();
  });

  it('reloads the corpus on SIGHUP, and removes its handlers when asked', () => {
    const { signals, handlers } = setUp();
    const bot = fakeBot();
    handlers.attach(bot);
    signals.emit('SIGHUP');
    expect(bot.reloads).toEqual(['SIGHUP']);
    handlers.remove();
    expect(signals.listenerCount('SIGHUP') + signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });
});
