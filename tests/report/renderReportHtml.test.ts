import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/store/buildReport.ts';
import { chartDays, renderDayChart } from '../../src/report/renderDayChart.ts';
import { renderReportHtml } from '../../src/report/renderReportHtml.ts';

const DAY = 24 * 60 * 60 * 1000;
const AT = Date.UTC(2026, 0, 10, 12);
const HOSTILE = `<b onclick="x">'&'</b>`;

describe('renderReportHtml', () => {
  it('escapes every stored text: reasons, questions, vote reasons and cited documents', () => {
    const report = buildReport(
      {},
      [{ text: HOSTILE, at: AT, answered: false, reason: `${HOSTILE} reason`, smallTalk: false }],
      [{ answerId: 'a', question: `${HOSTILE} question`, citations: [{ doc: `<doc>`, paragraph: 2 }], refused: true, reasonCategory: `<why>`, at: AT }],
    );
    const html = renderReportHtml(report, AT);
    expect(html).not.toContain('<b ');
    expect(html).not.toContain('<doc>');
    expect(html).not.toContain('<why>');
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt; reason');
    expect(html).toContain('&lt;doc&gt; ¶2');
    expect(html).toContain('(a refusal)');
    expect(html).not.toMatch(/<script|<link|<img|https?:/);
  });

  it('says so when nothing was refused, voted down or asked', () => {
    const html = renderReportHtml(buildReport({ since: AT, until: AT + DAY }, [], []), AT);
    expect(html).toContain('Nothing: every question was answered.');
    expect(html).toContain('id="down-votes-empty"');
    expect(html).toContain('No questions in this range.');
    expect(html).not.toContain('<svg');
  });
});

describe('the chart of questions per day', () => {
  it('fills the days without questions with zeros, and keeps the last 92 days of a longer range', () => {
    const rows = [0, 2, 200].map((d) => ({ text: 'q', at: AT + d * DAY, answered: d !== 2, smallTalk: false }));
    const days = chartDays(buildReport({}, rows, []).perDay);
    expect(days).toHaveLength(92);
    expect(days[days.length - 1]).toEqual({ day: '2026-07-29', answered: 1, refused: 0, smallTalk: 0 });
    const short = chartDays(buildReport({}, rows.slice(0, 2), []).perDay);
    expect(short.map((d) => [d.day, d.answered, d.refused])).toEqual([
      ['2026-01-10', 1, 0],
      ['2026-01-11', 0, 0],
      ['2026-01-12', 0, 1],
    ]);
  });

  it('stacks refused on answered, the busiest day as tall as the plot', () => {
    const rows = [
      { text: 'a', at: AT, answered: true, smallTalk: false },
      { text: 'b', at: AT, answered: false, smallTalk: false },
      { text: 'c', at: AT + DAY, answered: true, smallTalk: false },
    ];
    const svg = renderDayChart(buildReport({}, rows, []).perDay);
    const heights = [...svg.matchAll(/<rect class="(answered|refused)" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);
    const [a1, r1, a2, r2] = heights.map((h) => h[1] as number);
    expect(a1! + r1!).toBeCloseTo(180, 0);
    expect(a1).toBeCloseTo(r1!, 5);
    expect(a2).toBeCloseTo(a1!, 5);
    expect(r2).toBe(0);
    expect(svg).toContain('<title>2026-01-10: 1 answered, 1 refused</title>');
  });
});
