import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.ts';

/** The process logger writing into memory, and what it wrote. */
export interface CapturedLog {
  logger: Logger;
  /** Everything written so far, as text (secrets already scrubbed, as on stderr). */
  text(): string;
  /** Every line written so far, parsed. */
  lines(): Record<string, unknown>[];
  /** Forgets what was written so far. */
  clear(): void;
}

/** The one logger of the process (`createLogger`, with its redaction and scrubbing) writing into memory for a test to read. */
export function captureLog(level = 'info', secrets: (string | undefined)[] = []): CapturedLog {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return {
    logger: createLogger(level, { destination, secrets }),
    text: () => text,
    lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    clear: () => void (text = ''),
  };
}
