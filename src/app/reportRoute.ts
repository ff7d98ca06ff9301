import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { renderReportHtml } from '../report/renderReportHtml.ts';
import { reportJson } from '../report/reportJson.ts';
import { parseReportRange, ReportRangeError } from '../report/reportRange.ts';
import type { Report, ReportRange } from '../store/types.ts';

/** The path of the report page. */
export const REPORT_PATH = '/report';

/** What the report page needs: the token (REPORT_TOKEN) and the report of a range (the store's). */
export interface ReportRouteOptions {
  token: string;
  report: (range: ReportRange) => Promise<Report>;
  logger: Logger;
  /** The clock of the "generated at" line. Default `Date.now`. */
  now?: () => number;
}

/** Answers a request if it is for /report (returning true); any other path is left alone (false). */
export type ReportHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

// No script, no outside resource, no framing, no referrer: the page shows what users typed.
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * The /report page: 401 unless the request carries the token, as `Authorization: Bearer <token>` (scripts, a
 * proxy that adds it) or `?token=<token>` (a browser's address bar); compared in constant time. `?since=` and
 * `?until=` take a date or ISO time as `isf report` does; `?format=json` gives the JSON of `isf report --json`.
 */
export function createReportHandler(options: ReportRouteOptions): ReportHandler {
  const expected = digest(options.token);
  const now = options.now ?? Date.now;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== REPORT_PATH) return false;
    if (!timingSafeEqual(digest(presentedToken(req, url) ?? ''), expected)) {
      send(req, res, 401, 'text/plain; charset=utf-8', 'The report needs REPORT_TOKEN: send Authorization: Bearer <token>, or add ?token=<token>.\n', {
        'www-authenticate': 'Bearer realm="isf report"',
      });
      return true;
    }
    let range: ReportRange;
    try {
      range = parseReportRange(url.searchParams.get('since') ?? undefined, url.searchParams.get('until') ?? undefined);
    } catch (error) {
      if (!(error instanceof ReportRangeError)) throw error;
      send(req, res, 400, 'text/plain; charset=utf-8', `${error.message.replace(/--(since|until)/g, '?$1=')}\n`);
      return true;
    }
    options.report(range).then(
      (report) => {
        if (url.searchParams.get('format') === 'json') send(req, res, 200, 'application/json; charset=utf-8', JSON.stringify(reportJson(report)));
        else send(req, res, 200, 'text/html; charset=utf-8', renderReportHtml(report, now()));
      },
      (error: unknown) => {
        options.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'report: the store could not build the report');
        send(req, res, 503, 'text/plain; charset=utf-8', 'The store is not reachable right now, so there is no report; try again in a minute.\n', { 'retry-after': '60' });
      },
    );
    return true;
  };
}

// Hashing both sides gives equal lengths, which timingSafeEqual needs, without revealing the token's length.
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  const bearer = header === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  return bearer ?? url.searchParams.get('token') ?? undefined;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
