import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { handleSignals, type Stoppable } from '../../src/app/shutdown.ts';
import { captureLog } from './startBotHelpers.ts';

/** A bot whose stop() resolves when the test says so. */
function fakeBot(): Stoppable & { stops: number; reloads: string[]; finish: () => void } {
  let finish!: () => void;
  const stopped = new Promise<void>((resolve) => (finish = resolve));
  const bot = {
    stops: 0,
    reloads: [] as string[],
    finish: () => finish(),
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
        'shutting down: no new questions, finishing the replies in flight',
        'stopped',
        'stopped, but something still holds the process open: exiting',
      ]);
      handlers.remove();
    }
  });

  it('exits 0 with a warning when stopping takes longer than the hard limit', async () => {
    const { signals, exit, log, handlers } = setUp(100);
    handlers.attach(fakeBot()); // never finishes
    signals.emit('SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0), { timeout: 2000 });
    expect(log.lines().find((l) => l.level === 40)?.msg).toMatch(/taking too long/);
    handlers.remove();
  });

  it('exits at once on a second stop signal', () => {
    const { signals, exit, handlers } = setUp();
    handlers.attach(fakeBot());
    signals.emit('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    signals.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(0);
    handlers.remove();
  });

  it('stops a bot that was still starting when the signal came, as soon as it is handed over', async () => {
    const { signals, exit, handlers } = setUp(100);
    signals.emit('SIGTERM');
    const bot = fakeBot();
    handlers.attach(bot);
    expect(bot.stops).toBe(1);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0)); // this bot never finishes stopping
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
