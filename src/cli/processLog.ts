import { guardProcess } from '../app/guardProcess.ts';
import { configSecrets, type Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createScrubber } from '../scrubSecrets.ts';
import type { CliIo } from './types.ts';

/** How a run logs. */
export interface ProcessLogOptions {
  /** A serving bot: buffered stderr lines, and a stray rejection is logged rather than fatal. */
  serving?: boolean;
  /**
   * The console chat is on this terminal: unless LOG_LEVEL is set, only warnings and errors are logged, so info lines
   * never print over the prompt or between answers.
   */
  consoleChat?: boolean;
}

/** Level of a console chat's log when LOG_LEVEL is not set. */
const CONSOLE_LOG_LEVEL = 'warn';

/**
 * The pino logger of a run. When the run owns the process's stderr (not a test calling main() with streams of its
 * own) the process guard goes on too: stderr scrubbed, an uncaught error logged through the logger (guardProcess).
 */
export async function openProcessLogger(config: Config, io: CliIo, options: ProcessLogOptions = {}): Promise<Logger> {
  const { createLogger } = await import('../logger.ts');
  const level = options.consoleChat && !io.env.LOG_LEVEL?.trim() ? CONSOLE_LOG_LEVEL : config.logLevel;
  const logger = createLogger(level, { secrets: configSecrets(config), buffered: options.serving ?? false });
  if (io.stderr === process.stderr) guardProcess(logger, createScrubber(configSecrets(config)), { keepServingOnRejection: options.serving ?? false });
  return logger;
}

/**
 * For a run that loads no pino (a command that needs no index, whose only log line would be a failure): failures as
 * one plain line on stderr, with the same process guard.
 */
export function plainProcessLog(config: Config, io: CliIo): Pick<Logger, 'error' | 'fatal'> {
  const line = (fields: unknown, message?: string): void => {
    const err = fields && typeof fields === 'object' && 'err' in fields ? fields.err : undefined;
    const reason = err instanceof Error ? `: ${err.message.split('\n')[0]}` : '';
    io.stderr.write(`isf: ${message ?? 'error'}${reason}\n`);
  };
  const log = { error: line, fatal: line } as Pick<Logger, 'error' | 'fatal'>;
  if (io.stderr === process.stderr) guardProcess(log, createScrubber(configSecrets(config)));
  return log;
}
