import type { Citation, Report } from '../store/types.ts';
import { describeRange } from './describeRange.ts';

/** The coverage report as plain text for a terminal: gaps first (the to-do list), then down-votes, then the days. */
export function renderReportText(report: Report): string {
  const out: string[] = [];
  out.push(`Coverage report, ${describeRange(report.range)}`);
  const t = report.totals;
  out.push(`${t.questions} ${plural(t.questions, 'question')}: ${t.answered} answered, ${t.refused} not answered by the story, ${t.smallTalk} small talk`);
  out.push('');
  out.push('What the story could not answer, most asked first:');
  if (report.gaps.length === 0) out.push('  (nothing: every question was answered)');
  for (const gap of report.gaps) {
    out.push(`  ${String(gap.count).padStart(4)} × ${oneLine(gap.reason)}`);
    for (const example of gap.examples) out.push(`         “${oneLine(example)}”`);
  }
  out.push('');
  out.push('Answers voted down:');
  if (report.downVotes.length === 0) out.push('  (none)');
  for (const vote of report.downVotes) {
    out.push(`  ${String(vote.downVotes).padStart(4)} × “${oneLine(vote.question)}”${vote.refused ? ' (a refusal)' : ''}`);
    out.push(`         cited: ${vote.citations.length === 0 ? 'nothing' : citations(vote.citations)}${vote.reasons.length > 0 ? `; why: ${vote.reasons.map(oneLine).join(', ')}` : ''}`);
  }
  out.push('');
  out.push('Questions per day (UTC): answered, not answered, small talk');
  if (report.perDay.length === 0) out.push('  (no questions)');
  for (const d of report.perDay) out.push(`  ${d.day}  ${String(d.answered).padStart(5)}  ${String(d.refused).padStart(5)}  ${String(d.smallTalk).padStart(5)}`);
  return `${out.join('\n')}\n`;
}

/** Citations as `doc ¶N, doc ¶M`. */
export function citations(list: readonly Citation[]): string {
  return list.map((c) => `${c.doc} ¶${c.paragraph}`).join(', ');
}

// User text on one line, without control characters, so a question cannot redraw the terminal.
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
