import type { Citation, Report } from '../store/types.ts';

/** The report as `isf report --json` prints it and /report?format=json serves it: times as ISO strings. */
export interface ReportJson {
  since: string | null;
  until: string | null;
  totals: Report['totals'];
  gaps: { reason: string; count: number; examples: string[]; lastAsked: string }[];
  downVotes: { answerId: string; question: string; citations: Citation[]; refused: boolean; downVotes: number; reasons: string[]; lastVoted: string }[];
  perDay: Report['perDay'];
}

/** Converts a report to its JSON shape. */
export function reportJson(report: Report): ReportJson {
  const iso = (at: number | undefined): string | null => (at === undefined ? null : new Date(at).toISOString());
  return {
    since: iso(report.range.since),
    until: iso(report.range.until),
    totals: report.totals,
    gaps: report.gaps.map((g) => ({ reason: g.reason, count: g.count, examples: g.examples, lastAsked: iso(g.lastAskedAt)! })),
    downVotes: report.downVotes.map((v) => ({
      answerId: v.answerId,
      question: v.question,
      citations: v.citations,
      refused: v.refused,
      downVotes: v.downVotes,
      reasons: v.reasons,
      lastVoted: iso(v.lastAt)!,
    })),
    perDay: report.perDay,
  };
}
