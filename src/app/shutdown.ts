import type { Logger } from '../logger.ts';

/** What the signal handlers act on: a started bot. */
export interface Stoppable {
  stop(): Promise<void>;
  reload(reason?: string): Promise<boolean>;
}

/** Options of the signal handlers; tests inject the process and the exit. */
export interface SignalOptions {
  /** Where signals come from; default `process`. */
  signals?: NodeJS.EventEmitter;
  /** Ends the process; default `process.exit`. */
  exit?: (code: number) => void;
  /** After a stop signal, the process exits after this many ms whatever is still open. Default 4500. */
  hardLimitMs?: number;
}

/** The installed handlers: attach the bot once started; remove them when done. */
export interface SignalHandlers {
  /** Hands over the started bot; a stop signal that came during start-up stops it at once. */
  attach(target: Stoppable): void;
  /** Removes the handlers; a hard-exit timer already running stays (unref'd), so a hung shutdown still ends. */
  remove(): void;
}

/**
 * SIGTERM and SIGINT: graceful shutdown (stop intake, finish replies in flight, close everything), with a hard
 * exit 0 after `hardLimitMs` in case something hangs (logged as a warning); a second stop signal exits at once.
 * SIGHUP: reload the corpus. Installed before the bot starts, so no signal meets the default handler.
 */
export function handleSignals(logger: Logger, options: SignalOptions = {}): SignalHandlers {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const hardLimitMs = options.hardLimitMs ?? 4500;
  let target: Stoppable | undefined;
  let stopRequested = false;
  let stopped = false;
  let hardTimer: NodeJS.Timeout | undefined;

  const stopTarget = (): void => {
    const started = performance.now();
    void target!.stop().then(
      () => {
        stopped = true;
        logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
      },
      (error: unknown) => logger.error({ err: error }, 'stopping failed'),
    );
  };
  const onStop = (signal: NodeJS.Signals): void => {
    if (stopRequested) {
      logger.warn({ signal }, 'second stop signal: exiting now');
      clearTimeout(hardTimer);
      exit(0);
      return;
    }
    stopRequested = true;
    logger.info({ signal }, 'shutting down: no new questions, finishing the replies in flight');
    hardTimer = setTimeout(() => {
      if (stopped) logger.warn({ ms: hardLimitMs }, 'stopped, but something still holds the process open: exiting');
      else logger.warn({ ms: hardLimitMs }, 'shutdown is taking too long: exiting anyway');
      exit(0);
    }, hardLimitMs);
    // The timer must not keep the process alive: after a clean stop the process ends as soon as all is closed,
    // and the timer only fires if some stray handle keeps it running.
    hardTimer.unref();
    if (target) stopTarget();
  };
  const onHangUp = (): void => {
    if (!target || stopRequested) return;
    logger.info('SIGHUP: reloading the corpus');
    void target.reload('SIGHUP');
  };
  const onTerm = (): void => onStop('SIGTERM');
  const onInt = (): void => onStop('SIGINT');
  signals.on('SIGTERM', onTerm);
  signals.on('SIGINT', onInt);
  signals.on('SIGHUP', onHangUp);

  return {
    attach(started) {
      target = started;
      if (stopRequested) stopTarget();
    },
    remove() {
      signals.off('SIGTERM', onTerm);
      signals.off('SIGINT', onInt);
      signals.off('SIGHUP', onHangUp);
    },
  };
}
