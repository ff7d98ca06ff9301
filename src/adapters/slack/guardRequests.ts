import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import { verifySlackRequest, type HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { countRefusals, isPlainObject } from './countRefusals.ts';
import type { ReplayGuard } from './replayGuard.ts';

/** The limits of Slack's HTTP endpoint: what one request may hold, and for how long. */
export interface SlackHttpLimits {
  /** Largest body of a signed request; larger ones get 413 before more is read. */
  maxBodyBytes: number;
  /** Largest body of an unsigned request (only Slack's `ssl_check` is answered unsigned); larger ones get 401 unread. */
  maxUnsignedBodyBytes: number;
  /** How long a client may take to send its headers, and its whole request, before the socket is closed. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Sockets open at once; more are closed as they arrive. */
  maxConnections: number;
  /** How far ahead of this clock a request timestamp may be. */
  maxFutureSkewMs: number;
}

/**
 * The defaults. Slack's payloads are small: a 40,000-character message event, JSON-escaped, or a block_actions
 * payload that carries a whole 50-block message, stay under 256 KB (Bolt's own default, 4 MB, lets 150 slow
 * clients hold 600 MB). Slack acks within 3 s, so a request still arriving after 10 s is not Slack's. 256 sockets
 * is far above what Slack opens to one app, and 256 × 256 KB bounds buffered bodies at 64 MB. An `ssl_check` body
 * is about 60 bytes. A minute of clock skew is generous for NTP-synced hosts; Slack itself allows 5 minutes back.
 */
export const DEFAULT_SLACK_HTTP_LIMITS: SlackHttpLimits = {
  maxBodyBytes: 256 * 1024,
  maxUnsignedBodyBytes: 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
  maxConnections: 256,
  maxFutureSkewMs: 60_000,
};

// Bolt refuses timestamps older than this (verify-request.ts, requestTimestampMaxDeltaMin); refusing them here too
// saves reading their bodies.
const MAX_AGE_MS = 5 * 60_000;

/** The options of Node's HTTP server that bound how long a request may take (passed to Bolt's receiver.start). */
export function slackServerOptions(limits: SlackHttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks those timeouts every 30 s by default: a slow client would hold its socket up to 40 s.
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}

/** What the guard needs besides the receiver. */
export interface GuardOptions {
  signingSecret: string;
  limits: SlackHttpLimits;
  replayGuard: ReplayGuard;
  logger: Logger;
  /** The events path (Bolt's default `/slack/events`). */
  path?: string;
}

type Refusal = 'unsigned' | 'too large' | 'stale or future timestamp' | 'bad signature' | 'replay' | 'malformed' | 'aborted';

/**
 * Screens every POST to the events path before Bolt buffers it: unsigned or oddly timed requests are refused from
 * their headers alone, bodies are read up to a cap, the signature is checked, a replayed signature is refused, and
 * a body that is not a JSON object (`payload=null`) gets 400 instead of crashing Bolt. What passes goes to Bolt
 * already read (it skips buffering a request that has `rawBody`) and Bolt checks the signature again.
 */
export function guardSlackRequests(receiver: HTTPReceiver, options: GuardOptions): void {
  const { limits, logger } = options;
  const path = options.path ?? '/slack/events';
  const next: RequestListener = receiver.requestListener;
  const refusals = countRefusals<Refusal>(logger, 'slack: refused requests to /slack/events');

  const refuse = (res: ServerResponse, status: number, reason: Refusal): false => {
    refusals(reason);
    if (!res.headersSent && !res.destroyed) res.writeHead(status, { connection: 'close', 'content-length': 0 }).end();
    return false;
  };

  const screen = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const signed = signature !== undefined && /^v0=[0-9a-f]{64}$/.test(signature) && timestamp !== undefined && /^\d{1,12}$/.test(timestamp);
    if (!signed) {
      // Only Slack's ssl_check is answered unsigned (Bolt answers it); anything else without a signature is junk.
      if (declared > limits.maxUnsignedBodyBytes) return refuse(res, 401, 'unsigned');
      const body = await readCapped(req, limits.maxUnsignedBodyBytes);
      if (body === 'closed') return refuse(res, 400, 'aborted');
      if (body === 'too large') return refuse(res, 401, 'unsigned');
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      return true;
    }
    const ageMs = Date.now() - Number(timestamp) * 1000;
    if (ageMs > MAX_AGE_MS || -ageMs > limits.maxFutureSkewMs) return refuse(res, 401, 'stale or future timestamp');
    if (declared > limits.maxBodyBytes) return refuse(res, 413, 'too large');
    const body = await readCapped(req, limits.maxBodyBytes);
    if (body === 'closed') return refuse(res, 400, 'aborted');
    if (body === 'too large') return refuse(res, 413, 'too large');
    const text = body.toString('utf8');
    try {
      verifySlackRequest({ signingSecret: options.signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) } });
    } catch {
      return refuse(res, 401, 'bad signature');
    }
    if (!isObjectBody(text, req.headers['content-type'])) return refuse(res, 400, 'malformed');
    if (await options.replayGuard.seen(signature)) {
      // 200, not an error: a replay is answered (with nothing), so nobody retries it.
      refusals('replay');
      res.writeHead(200, { 'content-length': 0 }).end();
      return false;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    return true;
  };

  receiver.requestListener = (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || pathname !== path) return next(req, res);
    void screen(req, res).then(
      (pass) => {
        if (pass) next(req, res);
      },
      (error: unknown) => {
        logger.warn({ err: error }, 'slack: screening a request failed');
        if (!res.headersSent && !res.destroyed) res.writeHead(500, { connection: 'close', 'content-length': 0 }).end();
      },
    );
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a body up to `limit` bytes; 'too large' as soon as it passes the limit (the rest is not kept). */
function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'closed'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: Buffer | 'too large' | 'closed'): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      chunks.length = 0;
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        settle('too large');
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (settled) return;
      const body = Buffer.concat(chunks, size);
      settled = true;
      req.off('data', onData);
      resolve(body);
    });
    req.once('close', () => settle('closed'));
    req.once('error', () => settle('closed'));
  });
}

/** True when the body is what Bolt expects: a JSON object, directly or in the form field `payload`. */
function isObjectBody(text: string, contentType: string | string[] | undefined): boolean {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const payload = new URLSearchParams(text).get('payload');
      return payload === null || isPlainObject(JSON.parse(payload));
    }
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}
