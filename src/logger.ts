import { pino, type DestinationStream, type Logger } from 'pino';

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

const CENSOR = '[redacted]';

// Pieces of a secret split at a line break shorter than this are left alone: too short to be worth anything, and
// common enough in ordinary text to blank it.
const MIN_SECRET_PIECE = 6;

/**
 * The last line of defence, applied to every serialized line: known secret values, Slack and app tokens,
 * Authorization header values, the tokens inside Discord interaction/webhook URLs and Slack response URLs,
 * and the ticket of a Socket Mode WebSocket URL.
 */
export function createScrubber(secrets: readonly (string | undefined)[] = []): (line: string) => string {
  const known = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))]
    // A secret as written, JSON-escaped (a line), escaped twice (a JSON string inside a line), and each piece of one
    // with an inner line break or space, which a crash print or a wrapped message can show on lines of its own.
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), JSON.stringify(JSON.stringify(s)).slice(3, -3), ...s.split(/[\s\p{Cc}]+/u).filter((piece) => piece.length >= MIN_SECRET_PIECE)])
    .sort((a, b) => b.length - a.length);
  return (line) => {
    let out = line;
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
    return out
      .replace(/\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g, CENSOR)
      .replace(/\b(Bearer|Bot) [A-Za-z0-9._~+/=-]{20,}/g, `$1 ${CENSOR}`)
      // The id is kept (it identifies the request in a log); whatever follows it is the token, numeric id or not.
      .replace(/\/(interactions|webhooks)\/([^/"\s?\\]+)\/[^/"\s?\\]+/g, `/$1/$2/${CENSOR}`)
      .replace(/hooks\.slack\.com\/[^"\s\\]+/g, `hooks.slack.com/${CENSOR}`)
      .replace(/([?&]ticket=)[^&"\s\\]+/g, `$1${CENSOR}`);
  };
}

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
