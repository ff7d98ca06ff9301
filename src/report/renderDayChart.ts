import { utcDay } from '../store/buildReport.ts';
import type { DayCount } from '../store/types.ts';
import { escapeHtml } from './escapeHtml.ts';

/** The colours of the chart (and of the page's legend): answered green, refused orange; both readable on white. */
export const CHART_COLOURS = { answered: '#2b7a4b', refused: '#c2571a' } as const;

// The chart's box in SVG units: as wide as the page's text column, low enough to sit above the tables.
const WIDTH = 720;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 40 };
// The default retention (RETENTION_DAYS 90) plus a couple of days: more bars than that would be slivers.
const MAX_DAYS = 92;
// Day labels under the axis at most: more would overlap at 720 units wide.
const MAX_LABELS = 8;
// Share of a day's slot its bar fills, leaving a gap between days.
const BAR_FILL = 0.7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The days of the chart: every UTC day from the first with questions to the last (days without any as zeros), the last MAX_DAYS at most. */
export function chartDays(perDay: readonly DayCount[]): DayCount[] {
  if (perDay.length === 0) return [];
  const byDay = new Map(perDay.map((d) => [d.day, d]));
  const first = Date.parse(`${perDay[0]!.day}T00:00:00Z`);
  const last = Date.parse(`${perDay[perDay.length - 1]!.day}T00:00:00Z`);
  const days: DayCount[] = [];
  for (let at = Math.max(first, last - (MAX_DAYS - 1) * DAY_MS); at <= last; at += DAY_MS) {
    const day = utcDay(at);
    days.push(byDay.get(day) ?? { day, answered: 0, refused: 0, smallTalk: 0 });
  }
  return days;
}

/**
 * Questions per UTC day as an inline SVG bar chart, answered (bottom) and refused (stacked on top); small talk is
 * left out. Each day is a `<g class="day">` with data-day, data-answered and data-refused, and a tooltip.
 */
export function renderDayChart(perDay: readonly DayCount[]): string {
  const days = chartDays(perDay);
  if (days.length === 0) return '<p class="empty">No questions in this range.</p>';
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = Math.max(1, ...days.map((d) => d.answered + d.refused));
  const slot = plotWidth / days.length;
  const barWidth = Math.max(1, slot * BAR_FILL);
  const y = (count: number): number => MARGIN.top + plotHeight - (count / top) * plotHeight;
  const n = (value: number): string => String(Math.round(value * 10) / 10);
  const labelEvery = Math.ceil(days.length / MAX_LABELS);
  const bars = days.map((d, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const tip = `${d.day}: ${d.answered} answered, ${d.refused} refused`;
    const answeredTop = y(d.answered);
    const refusedTop = y(d.answered + d.refused);
    const label = i % labelEvery === 0 ? `<text class="label" x="${n(x + barWidth / 2)}" y="${HEIGHT - 10}" text-anchor="middle">${d.day.slice(5)}</text>` : '';
    return (
      `<g class="day" data-day="${d.day}" data-answered="${d.answered}" data-refused="${d.refused}"><title>${escapeHtml(tip)}</title>` +
      `<rect class="answered" x="${n(x)}" y="${n(answeredTop)}" width="${n(barWidth)}" height="${n(MARGIN.top + plotHeight - answeredTop)}" fill="${CHART_COLOURS.answered}"/>` +
      `<rect class="refused" x="${n(x)}" y="${n(refusedTop)}" width="${n(barWidth)}" height="${n(answeredTop - refusedTop)}" fill="${CHART_COLOURS.refused}"/>${label}</g>`
    );
  });
  const axis =
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotHeight}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top + plotHeight}" stroke="#555"/>` +
    `<text class="tick" x="${MARGIN.left - 6}" y="${MARGIN.top + plotHeight}" text-anchor="end" dominant-baseline="middle">0</text>` +
    `<text class="tick" x="${MARGIN.left - 6}" y="${MARGIN.top}" text-anchor="end" dominant-baseline="middle">${top}</text>` +
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top}" stroke="#ddd"/>`;
  const summary = `Questions per UTC day from ${days[0]!.day} to ${days[days.length - 1]!.day}, answered and refused; at most ${top} on one day.`;
  return (
    `<svg id="per-day-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(summary)}" font-size="11" font-family="sans-serif">` +
    `${axis}${bars.join('')}</svg>`
  );
}
