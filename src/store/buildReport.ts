import type { Citation, DayCount, DownVote, GapGroup, Report, ReportRange } from './types.ts';

/** A question as the report reads it. */
export interface ReportQuestionRow {
  text: string;
  at: number;
  answered: boolean;
  reason?: string | null;
  smallTalk: boolean;
}

/** A down-vote as the report reads it. */
export interface ReportVoteRow {
  answerId: string;
  question: string;
  citations: Citation[];
  refused: boolean;
  reasonCategory?: string | null;
  at: number;
}

// Enough examples to see what a gap is about, few enough to read at a glance.
const EXAMPLES_PER_GAP = 3;
// The reason of a refusal stored without one (an older record, or a refusal the verifier did not explain).
const NO_REASON = '(no reason given)';

/** The UTC day of a time, YYYY-MM-DD. */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Builds the coverage report from the questions and down-votes of a range: refusals grouped by reason text
 * (most asked first, ties by most recent), down-voted answers (most down-votes first), counts per UTC day.
 */
export function buildReport(range: ReportRange, questions: readonly ReportQuestionRow[], downVotes: readonly ReportVoteRow[]): Report {
  const totals = { questions: questions.length, answered: 0, refused: 0, smallTalk: 0 };
  const days = new Map<string, DayCount>();
  const gaps = new Map<string, GapGroup & { seen: Set<string> }>();
  const newestFirst = [...questions].sort((a, b) => b.at - a.at);
  for (const q of newestFirst) {
    const dayKey = utcDay(q.at);
    const day = days.get(dayKey) ?? { day: dayKey, answered: 0, refused: 0, smallTalk: 0 };
    days.set(dayKey, day);
    if (q.smallTalk) {
      totals.smallTalk += 1;
      day.smallTalk += 1;
      continue;
    }
    if (q.answered) {
      totals.answered += 1;
      day.answered += 1;
      continue;
    }
    totals.refused += 1;
    day.refused += 1;
    const reason = q.reason?.trim() || NO_REASON;
    const gap = gaps.get(reason) ?? { reason, count: 0, examples: [], lastAskedAt: q.at, seen: new Set<string>() };
    gaps.set(reason, gap);
    gap.count += 1;
    const normalized = q.text.trim().toLowerCase();
    if (gap.examples.length < EXAMPLES_PER_GAP && !gap.seen.has(normalized)) {
      gap.seen.add(normalized);
      gap.examples.push(q.text);
    }
  }
  const voted = new Map<string, DownVote>();
  for (const v of [...downVotes].sort((a, b) => b.at - a.at)) {
    const entry = voted.get(v.answerId) ?? { answerId: v.answerId, question: v.question, citations: v.citations, refused: v.refused, downVotes: 0, reasons: [], lastAt: v.at };
    voted.set(v.answerId, entry);
    entry.downVotes += 1;
    if (v.reasonCategory && !entry.reasons.includes(v.reasonCategory)) entry.reasons.push(v.reasonCategory);
  }
  return {
    range,
    totals,
    gaps: [...gaps.values()]
      .map(({ seen: _seen, ...gap }) => gap)
      .sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt),
    downVotes: [...voted.values()].sort((a, b) => b.downVotes - a.downVotes || b.lastAt - a.lastAt),
    perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}
