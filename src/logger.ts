import { pino, type DestinationStream, type Logger } from 'pino';
import { CENSOR, createScrubber } from './scrubSecrets.ts';

export { createScrubber } from './scrubSecrets.ts';

export type { Logger };

/** Options of the process logger beyond its level. */
export interface LoggerOptions {
  /** Where the JSON lines go; default stderr (fd 2), written synchronously. Tests pass a stream they read. */
  destination?: DestinationStream;
  /** Secret values (tokens, signing secrets) that must never appear in a line: replaced wherever they occur. */
  secrets?: readonly (string | undefined)[];
  /**
   * Write stderr lines asynchronously (buffered, flushed at exit): a serving bot must not stall its event loop
   * when whoever reads its stderr falls behind. Default false: one-shot commands write each line at once.
   */
  buffered?: boolean;
}

// Fields that hold credentials, wherever a library puts them: config objects, HTTP headers, and the request
// configs that HTTP client errors (axios under Bolt's WebClient) carry along.
const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'clientSecret',
  '*.clientSecret',
  'authorization',
  '*.authorization',
  'Authorization',
  '*.Authorization',
  'headers.authorization',
  'headers.Authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.headers.cookie',
  'config',
  '*.config',
  'err.request',
  'err.response',
  'err.original.config',
  'err.original.request',
  'err.original.response',
  // The body of a failed Discord request (DiscordAPIError.requestBody) holds the answer to a user's question and,
  // in embeds, the question itself: questions are never logged. The route, status and code stay.
  'err.requestBody',
  'err.cause.requestBody',
  '*.err.requestBody',
];

/** Creates the one logger of the process: pino JSON lines on stderr (never stdout), with credentials redacted. */
export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const scrub = createScrubber(options.secrets);
  return pino(
    {
      level,
      base: { app: 'isf-bot' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ fd: 2, sync: !options.buffered }),
  );
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
