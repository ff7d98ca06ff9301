import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the one logger of the process: pino JSON lines on stderr, never stdout. */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'isf-bot' },
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'signingSecret', '*.signingSecret'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
