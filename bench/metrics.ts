/** A cited paragraph: what the hit metrics compare. */
export interface ParagraphRef {
  doc: string;
  paragraph: number;
}

/** True when a ranked passage is one of the expected paragraphs. */
export function isExpected(passage: ParagraphRef, expected: readonly ParagraphRef[]): boolean {
  return expected.some((e) => e.doc === passage.doc && e.paragraph === passage.paragraph);
}

/** 1 when one of the first `k` ranked passages is expected, else 0. */
export function hitAtK(ranked: readonly ParagraphRef[], expected: readonly ParagraphRef[], k: number): number {
  return ranked.slice(0, k).some((p) => isExpected(p, expected)) ? 1 : 0;
}

/** 1/rank of the first expected passage within the first `cutoff` (default 10), else 0. */
export function reciprocalRank(ranked: readonly ParagraphRef[], expected: readonly ParagraphRef[], cutoff = 10): number {
  const index = ranked.slice(0, cutoff).findIndex((p) => isExpected(p, expected));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Lower-cases, straightens curly quotes and apostrophes and collapses whitespace, for quote comparisons. */
export function normalizeForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when the quote contains one of the answers (after normalizeForQuote on both sides). */
export function quoteHoldsAnswer(quote: string, answers: readonly string[]): boolean {
  const q = normalizeForQuote(quote);
  return answers.some((a) => {
    const n = normalizeForQuote(a);
    return n !== '' && q.includes(n);
  });
}

/** Nearest-rank percentile (p in 0..100) of some values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median as the nearest-rank 50th percentile (an actual observed value). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Arithmetic mean; NaN when there are no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;
}
