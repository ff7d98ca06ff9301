// The scrubber of secrets, apart from the logger so that a run which loads no pino (isf sources) scrubs its stderr too.

/** What a secret is replaced with, in log lines and on stderr. */
export const CENSOR = '[redacted]';

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
