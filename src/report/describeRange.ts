import { utcDay } from '../store/buildReport.ts';
import type { ReportRange } from '../store/types.ts';

/** A report's range in words for a heading: "every question kept", or "2026-01-09 to 2026-01-10" (UTC days, ends included). */
export function describeRange(range: ReportRange): string {
  if (range.since === undefined && range.until === undefined) return 'every question kept';
  const day = (at: number | undefined): string => (at === undefined ? '…' : utcDay(at));
  // `until` is exclusive: the last day shown is the one just before it.
  return `${day(range.since)} to ${day(range.until === undefined ? undefined : range.until - 1)}`;
}
