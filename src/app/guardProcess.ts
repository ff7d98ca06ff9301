import type { Logger } from '../logger.ts';

/** Exit code of a crash (an exception nothing caught): EX_SOFTWARE of sysexits.h, "internal software error". */
export const CRASH_EXIT_CODE = 70;

/** How the process guards behave; tests inject the process and the exit. */
export interface ProcessGuardOptions {
  /** Every byte written to this stream's write() goes through the scrubber; default process.stderr. */
  stderr?: NodeJS.WriteStream | { write: NodeJS.WriteStream['write'] };
  /** Where uncaught errors come from; default process. */
  events?: NodeJS.EventEmitter;
  /** Ends the process; default process.exit. */
  exit?: (code: number) => void;
  /**
   * A long-running bot logs a stray rejection (a library's reconnect, say) and keeps serving; a one-shot command
   * exits on one, as Node would. Default false.
   */
  keepServingOnRejection?: boolean;
}

/**
 * Makes sure nothing leaves the process on stderr unscrubbed: writes to process.stderr (console.error, Node's
 * warnings, libraries that print) pass through `scrub`, and an uncaught exception or unhandled rejection is logged
 * through the (scrubbing) logger instead of Node's own crash print, which would show error messages and source lines
 * raw. Returns a function that undoes it.
 */
export function guardProcess(logger: Pick<Logger, 'fatal' | 'error'>, scrub: (text: string) => string, options: ProcessGuardOptions = {}): () => void {
  const stderr = options.stderr ?? process.stderr;
  const events = options.events ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const write = stderr.write;
  stderr.write = function scrubbedWrite(this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : chunk;
    return (write as (...args: unknown[]) => boolean).call(this, typeof text === 'string' ? scrub(text) : text, ...rest);
  } as NodeJS.WriteStream['write'];

  const onException = (error: unknown, origin: string): void => {
    logger.fatal({ err: error, origin }, 'crashed: uncaught exception');
    exit(CRASH_EXIT_CODE);
  };
  const onRejection = (reason: unknown): void => {
    if (options.keepServingOnRejection) {
      logger.error({ err: reason }, 'unhandled promise rejection');
      return;
    }
    logger.fatal({ err: reason }, 'crashed: unhandled promise rejection');
    exit(CRASH_EXIT_CODE);
  };
  events.on('uncaughtException', onException);
  events.on('unhandledRejection', onRejection);
  return () => {
    stderr.write = write;
    events.off('uncaughtException', onException);
    events.off('unhandledRejection', onRejection);
  };
}
