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
    const message = withoutPayload(
      parts
        .filter((part) => part !== error)
        .map((part) => (typeof part === 'string' ? part : safeJson(part)))
        .join(' '),
    );
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

// Debug lines of Bolt, the Web API client and the Socket Mode client that print whole payloads: what users typed,
// and the answers that quote it. Questions are never logged, so these keep their first words only.
const PAYLOAD_PREFIXES = [
  'http request body:',
  'http request result:',
  'Received a message on the WebSocket:',
  'Unable to parse an incoming WebSocket message',
  'Calling ack()',
  'Sending a WebSocket message:',
  'ack() call begins',
];

function withoutPayload(message: string): string {
  const prefix = PAYLOAD_PREFIXES.find((p) => message.startsWith(p));
  if (prefix !== undefined) return `${prefix} (payload not logged)`;
  // Bolt's developer mode logs each request body as a bare JSON object.
  return message.startsWith('{') ? '(payload not logged)' : message;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
