import type { StopOutcome } from '../adapters/types.ts';
import type { Logger } from '../logger.ts';

/** What the signal handlers act on: a started bot. */
export interface Stoppable {
  stop(): Promise<StopOutcome>;
  reload(reason?: string): Promise<boolean>;
}

/** Options of the signal handlers; tests inject the process and the exit. */
export interface SignalOptions {
  /** Where signals come from; default `process`. */
  signals?: NodeJS.EventEmitter;
  /** Ends the process; default `process.exit`. */
  exit?: (code: number) => void;
  /**
   * After a stop signal, the process exits after this many ms whatever is still open. Set it past the adapters'
   * drain (SHUTDOWN_DRAIN_SECONDS), so it only ends a stop that hangs. Default 30000.
   */
  hardLimitMs?: number;
}

/** The installed handlers: attach the bot once started; remove them when done. */
export interface SignalHandlers {
  /** Hands over the started bot; a stop signal that came during start-up stops it at once. */
  attach(target: Stoppable): void;
  /**
   * Stops the bot because it cannot go on (a Discord token rejected): as on SIGTERM, but the process then exits 1,
   * so a supervisor restarts it. The caller has logged why.
   */
  fail(reason: string): void;
  /** Removes the handlers; a hard-exit timer already running stays (unref'd), so a hung shutdown still ends. */
  remove(): void;
}

/** Exit code of a stop that lost acknowledged answers, hung, or was a failure: a supervisor should look (or restart). */
export const EXIT_FAILED_STOP = 1;

/** Default hard limit: the 25 s default drain, plus time to close sockets and servers. */
const DEFAULT_HARD_LIMIT_MS = 30_000;

/**
 * SIGTERM and SIGINT: graceful shutdown (stop intake, send every acknowledged answer until the drain deadline,
 * close everything). The process ends 0 when every answer went out, 1 when some were lost (logged with how
 * many) or the stop hung past `hardLimitMs`; a second stop signal exits at once. SIGHUP: reload the corpus.
 * Installed before the bot starts, so no signal meets the default handler.
 */
export function handleSignals(logger: Logger, options: SignalOptions = {}): SignalHandlers {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const hardLimitMs = options.hardLimitMs ?? DEFAULT_HARD_LIMIT_MS;
  let target: Stoppable | undefined;
  let stopRequested = false;
  let failed = false;
  let stopped = false;
  let hardTimer: NodeJS.Timeout | undefined;

  const stopTarget = (): void => {
    const started = performance.now();
    void target!.stop().then(
      ({ unsent }) => {
        stopped = true;
        const ms = Math.round(performance.now() - started);
        if (unsent > 0) {
          logger.error({ unsent, ms }, `stopped, but ${unsent} acknowledged answer(s) were never sent: exiting ${EXIT_FAILED_STOP}`);
          clearTimeout(hardTimer);
          exit(EXIT_FAILED_STOP);
          return;
        }
        logger.info({ ms }, 'stopped');
        if (failed) {
          clearTimeout(hardTimer);
          exit(EXIT_FAILED_STOP);
        }
      },
      (error: unknown) => logger.error({ err: error }, 'stopping failed'),
    );
  };
  const beginStop = (): void => {
    stopRequested = true;
    hardTimer = setTimeout(() => {
      if (stopped) {
        logger.warn({ ms: hardLimitMs }, 'stopped, but something still holds the process open: exiting');
        exit(failed ? EXIT_FAILED_STOP : 0);
      } else {
        logger.error({ ms: hardLimitMs }, `shutdown is taking too long: exiting ${EXIT_FAILED_STOP}; answers still in flight are lost`);
        exit(EXIT_FAILED_STOP);
      }
    }, hardLimitMs);
    // The timer must not keep the process alive: after a clean stop the process ends as soon as all is closed,
    // and the timer only fires if some stray handle keeps it running.
    hardTimer.unref();
    if (target) stopTarget();
  };
  const onStop = (signal: NodeJS.Signals): void => {
    if (stopRequested) {
      logger.warn({ signal }, 'second stop signal: exiting now');
      clearTimeout(hardTimer);
      exit(stopped && !failed ? 0 : EXIT_FAILED_STOP);
      return;
    }
    logger.info({ signal }, 'shutting down: no new questions, sending the answers already acknowledged');
    beginStop();
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
    fail() {
      failed = true;
      if (stopRequested) return;
      // The caller's own line says why; this one says what happens next.
      logger.info('shutting down so that a supervisor restarts the bot');
      beginStop();
    },
    remove() {
      signals.off('SIGTERM', onTerm);
      signals.off('SIGINT', onInt);
      signals.off('SIGHUP', onHangUp);
    },
  };
}
