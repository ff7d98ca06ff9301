import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, yearsIn } from '../text/entities.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// How precise a date the question asks ("what day of the week", "on what exact date", "at what time"): a paragraph
// that dates the event less precisely ("in 2026", "in November") does not answer it. General English only.

/** "What day of the week…", "on which weekday…": a weekday is asked. */
const ASKS_WEEKDAY = /\b(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday)\b/i;
/** "On what exact date…", "what precise day…": a day of a month is asked, not a month or a year. */
const ASKS_DAY = /\b(?:what|which)\s+(?:exact|precise|specific|actual)\s+(?:date|day)\b/i;
/** "What time did…", "at what time will…" (not "what time period", "what time frame does…"): a time of day is asked. */
const ASKS_CLOCK = new RegExp(String.raw`\b(?:what|which)\s+(?:exact\s+)?time\s+(?:${AUXILIARY_VERB})\b`, 'i');

/** A month, capitalised, by its full name or its standard abbreviation with an optional dot ("November", "Nov.", "Sept"). */
const MONTHS = `(?:(?:${MONTH_NAMES.map(capitalised).join('|')})|(?:${MONTH_ABBREVIATIONS.map(capitalised).join('|')})\\.?)`;

/**
 * A day of a month with its year if written ("November 4, 2026", "4 Nov. 2026", "Sept. 9", "Dec 2") or an ISO date
 * ("2026-12-02").
 */
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${MONTHS} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? ${MONTHS}(?:,? \d{4})?|\d{4}-\d{2}-\d{2})\b`, 'g');

/** A weekday, any case ("on Friday"). */
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')})\b`, 'i');

/** A time of day: "3pm", "10:30", "9 a.m.", "noon", "midnight", "at dawn", "in the morning", "o'clock". */
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall|morning|afternoon|evening|overnight|o['’]clock)\b/i;

/** A lower-case word with its first letter capitalised. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * For a "when" question that asks a precise date (a weekday, a day of a month, a time of day), the refusal reason
 * when no sentence of the paragraph dates anything that precisely; undefined when one does, or the question asks no
 * precision.
 */
export function missingDatePrecision(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  if (question.answerType !== 'date') return undefined;
  const texts = candidate.indexed.sentences.map((s) => s.text);
  if (ASKS_WEEKDAY.test(question.text)) {
    return texts.some((t) => WEEKDAY.test(t)) ? undefined : "The story doesn't give the day of the week.";
  }
  if (ASKS_DAY.test(question.text)) {
    // "On what exact date in 2026…": a day of another year ("December 20, 2025") is no answer.
    const years = yearsIn(question.text);
    const inYear = (phrase: string) => years.length === 0 || yearsIn(phrase).length === 0 || yearsIn(phrase).some((y) => years.includes(y));
    if (texts.some((t) => [...t.matchAll(DAY_OF_MONTH)].some((m) => inYear(m[0])))) return undefined;
    return texts.some((t) => WEEKDAY.test(t))
      ? "The story doesn't give an exact date: it gives the day of the week, not the day of the month."
      : "The story doesn't give an exact date: it dates this only by a month or a year, if at all.";
  }
  if (ASKS_CLOCK.test(question.text)) return texts.some((t) => CLOCK_TIME.test(t)) ? undefined : "The story doesn't give a time of day.";
  return undefined;
}

/** Whether a "what time did…" question finds a time of day in the paragraph ("at 6:15 a.m."), which no date fact reads. */
export function givesAskedClockTime(question: AnalyzedQuestion, candidate: RankedPassage): boolean {
  return ASKS_CLOCK.test(question.text) && candidate.indexed.sentences.some((s) => CLOCK_TIME.test(s.text));
}
