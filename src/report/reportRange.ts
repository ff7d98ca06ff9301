import type { ReportRange } from '../store/types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown for a --since/--until (or ?since=/?until=) that is not a date; the message names it. */
export class ReportRangeError extends Error {
  override name = 'ReportRangeError';
}

/**
 * The range of a report from its two optional ends: a date (YYYY-MM-DD, a UTC day) or an ISO date-time.
 * `since` a date starts at that day's midnight; `until` a date includes that whole day.
 */
export function parseReportRange(since: string | undefined, until: string | undefined): ReportRange {
  const range: ReportRange = {};
  if (since !== undefined) range.since = parseEnd('since', since, false);
  if (until !== undefined) range.until = parseEnd('until', until, true);
  if (range.since !== undefined && range.until !== undefined && range.until <= range.since) {
    throw new ReportRangeError(`--until (${until}) must come after --since (${since})`);
  }
  return range;
}

function parseEnd(name: string, value: string, endOfDay: boolean): number {
  const text = value.trim();
  const at = DATE_ONLY.test(text) ? Date.parse(`${text}T00:00:00Z`) : Date.parse(text);
  if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}/.test(text)) throw new ReportRangeError(`--${name} must be a date like 2026-01-31 or an ISO date-time (got "${value}")`);
  return DATE_ONLY.test(text) && endOfDay ? at + DAY_MS : at;
}
