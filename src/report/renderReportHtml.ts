import { utcDay } from '../store/buildReport.ts';
import type { Report } from '../store/types.ts';
import { describeRange } from './describeRange.ts';
import { escapeHtml } from './escapeHtml.ts';
import { CHART_COLOURS, renderDayChart } from './renderDayChart.ts';
import { citations } from './renderReportText.ts';

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; margin: 0; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.muted { color: #555; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
th { background: #f4f4f5; font-weight: 600; }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; width: 5rem; }
td.date { white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1rem; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; vertical-align: -1px; }
svg { max-width: 100%; height: auto; }
svg .label, svg .tick { fill: #555; }
`;

/**
 * The coverage report as one self-contained HTML page (no script, no outside resource): the totals, a chart of
 * questions per day, the gaps (refusals by reason, most asked first) and the answers voted down with their
 * citations. Every piece of stored text is escaped; no user id is shown.
 */
export function renderReportHtml(report: Report, generatedAt: number): string {
  const t = report.totals;
  const gapRows = report.gaps.map(
    (gap) =>
      `<tr><td class="count">${gap.count}</td><td>${escapeHtml(gap.reason)}</td><td><ul>${gap.examples.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul></td><td class="date">${utcDay(gap.lastAskedAt)}</td></tr>`,
  );
  const voteRows = report.downVotes.map(
    (vote) =>
      `<tr><td class="count">${vote.downVotes}</td><td>${escapeHtml(vote.question)}${vote.refused ? ' <span class="muted">(a refusal)</span>' : ''}</td>` +
      `<td>${vote.citations.length === 0 ? '<span class="muted">nothing</span>' : escapeHtml(citations(vote.citations))}</td>` +
      `<td>${vote.reasons.length === 0 ? '<span class="muted">not given</span>' : escapeHtml(vote.reasons.join(', '))}</td><td class="date">${utcDay(vote.lastAt)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>isf-bot coverage report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Coverage report</h1>
<p class="muted" id="range">${escapeHtml(describeRange(report.range))} · generated ${new Date(generatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</p>
<p id="totals">${t.questions} ${t.questions === 1 ? 'question' : 'questions'}: ${t.answered} answered, ${t.refused} not answered by the story, ${t.smallTalk} small talk.</p>

<h2>Questions per day</h2>
<p class="legend muted">UTC days<span style="background:${CHART_COLOURS.answered}"></span>answered<span style="background:${CHART_COLOURS.refused}"></span>refused</p>
${renderDayChart(report.perDay)}

<h2>What the story could not answer</h2>
<p class="muted">Refused questions grouped by what was missing, most asked first: the to-do list of whoever adds stories.</p>
${
  gapRows.length === 0
    ? '<p class="empty" id="gaps-empty">Nothing: every question was answered.</p>'
    : `<table id="gaps"><thead><tr><th class="count">Asked</th><th>What was missing</th><th>Questions</th><th>Last asked</th></tr></thead><tbody>${gapRows.join('')}</tbody></table>`
}

<h2>Answers voted down</h2>
${
  voteRows.length === 0
    ? '<p class="empty" id="down-votes-empty">None.</p>'
    : `<table id="down-votes"><thead><tr><th class="count">Down-votes</th><th>Question</th><th>Cited</th><th>Why</th><th>Last vote</th></tr></thead><tbody>${voteRows.join('')}</tbody></table>`
}
</main>
</body>
</html>
`;
}
