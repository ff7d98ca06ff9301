// A share of a whole, asked ("what percentage of members…", "what interest rate…") and given ("31 percent", "half").

/** "What percentage / proportion / share / fraction of…", "how many percent": a question that asks a share of a whole. */
const ASKS_PART = /\b(?:(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:[\p{L}-]+\s+)?(?:percentage|percent|proportion|fraction)\b|how\s+many\s+(?:percent|per\s+cent)\b|what\s+share\s+of\b)/iu;

/** "What interest rate is…", "which tax rate do…": a rate named by the noun of what/which (a rate of change is a concept). */
const ASKS_RATE = /\b(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?rates?\s+(?:is|are|was|were|do|does|did|will|would|has|have)\b/iu;

/** The kind of share a question asks: a part of a whole, a rate, or none. */
export type ShareAsked = 'part' | 'rate' | undefined;

/** Which kind of share a question asks (see ASKS_PART, ASKS_RATE). */
export function shareAsked(question: string): ShareAsked {
  if (ASKS_PART.test(question)) return 'part';
  return ASKS_RATE.test(question) ? 'rate' : undefined;
}

/**
 * A share written as news writes one: a percent sign or word, percentage or basis points, a fraction ("half",
 * "two-thirds", "a quarter of"), "one in five", "nine out of ten". General English.
 */
const PART = /%|\bper\s?cent\b|\bpercent(?:age)?\b|\bbasis\s+points?\b|\bhal(?:f|ves)\b|\b(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b|\b(?:one|\d+)\s+in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b|\b\w+\s+out\s+of\s+(?:every\s+)?\w+\b/iu;

/** A rate beside a share: an amount for each unit ("per 1,000", "£5 an hour", "a year"). */
const PER_UNIT = /\bper\b|\b(?:an?|each)\s+(?:year|month|week|day|hour|minute|tonne|ton|head|person|unit)\b|\bannual(?:ly)?\b/iu;

/** Whether a text gives a share of the kind asked: a part of a whole, or for a rate also an amount per unit. */
export function givesShare(text: string, kind: Exclude<ShareAsked, undefined>): boolean {
  return PART.test(text) || (kind === 'rate' && PER_UNIT.test(text));
}
