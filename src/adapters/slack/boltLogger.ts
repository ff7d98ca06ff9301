import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

/** Bolt's log level matching a pino level, so Bolt filters no more and no less than the process logger. */
export function boltLogLevel(logger: Logger): LogLevel {
  switch (logger.level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

/**
 * Bolt's Logger interface over the process's pino logger: Bolt, its receivers and the Socket Mode client
 * log through it as JSON lines like everything else. The level stays pino's (setLevel is ignored).
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'slack-bolt' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]): void => {
    const error = parts.find((part): part is Error => part instanceof Error);
    const message = parts
      .filter((part) => part !== error)
      .map((part) => (typeof part === 'string' ? part : safeJson(part)))
      .join(' ');
    if (error) child[level]({ err: error }, message || error.message);
    else child[level](message);
  };
  return {
    debug: (...parts: unknown[]) => write('debug', parts),
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    setLevel: () => undefined,
    getLevel: () => boltLogLevel(logger),
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
