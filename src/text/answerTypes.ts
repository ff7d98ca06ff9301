import { isMonthWord, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './entities.ts';
import { SPEECH } from './reportedSpeech.ts';
import type { WordToken } from './tokenize.ts';
import { AUXILIARY_VERB } from './auxiliaries.ts';
import { askedMeasure } from './amounts.ts';
import { CARDINAL_WORDS } from './numberWords.ts';
import { DATING_TIME_UNITS, TIME_UNIT_PATTERN } from './timeUnits.ts';

/** The kind of fact a question asks for. */
export type AnswerType = 'date' | 'duration' | 'number' | 'name' | 'place' | 'reason' | 'statement' | 'none';

/** The facts a sentence holds, by kind, as folded words; computed once when the corpus is indexed. */
export interface SentenceFacts {
  dates: string[];
  numbers: string[];
  names: string[];
  givesReason: boolean;
  /** Quotes someone or reports what they said (quotation marks, "said", "stated"). */
  reportsSpeech: boolean;
}

// Words that date something: months ("may" is mostly the verb), their short forms, weekdays, and words of relative time.
const DATE_WORDS = new Set([
  ...MONTH_NAMES.filter((m) => m !== 'may'),
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_NAMES,
  ...'yesterday today tomorrow tonight weekly monthly annual annually century decade'.split(' '),
]);
/** Era markers: a number before one ("300 BC") dates something as a count of time units does. */
const ERA_MARKERS = ['bc', 'ad', 'bce', 'ce'];
/** What may follow a number that dates something: a unit of time ("three centuries") or an era marker. */
const DATING_UNITS: ReadonlySet<string> = new Set([...DATING_TIME_UNITS, ...ERA_MARKERS]);
/** Words that give an amount without being a numeral ("half", "a single", "a couple", "percent"). */
const AMOUNT_WORDS = ['half', 'percent', 'single', 'couple'];
/** The words a sentence gives a number with: the cardinals, and the amount words. */
const COUNT_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS, ...AMOUNT_WORDS]);
/** "How long…", "how many years…", "how old…" (an age: a count of years, or the year it began): a duration asked. */
const ASKS_DURATION = new RegExp(String.raw`^how long\b|^how old\b|^how many ${TIME_UNIT_PATTERN}\b`);
const REASON = /\b(because|due to|owing to|given|since|as a result|so that|in order to|reflects?|caused by|reasons?|thanks to)\b/i;

/** "When" opening a clause ("when large groups boycott…"), not asking a time ("when did…"). */
const WHEN_CLAUSE = new RegExp(String.raw`^when\s+(?!${AUXILIARY_VERB}\b)`);

/** The question's own wh-word and what follows it: the part that says what is asked ("…, how much of it…"). */
const WH_WORD = /\b(?:how|what|which|who|whom|whose|when|where|why)\b/i;

/**
 * Nouns of an amount earned, paid or charged ("the company's annual revenue", "the fee", "what interest rate"): what
 * they name is a figure, however the question is worded ("rate" only as the noun of "what/which": "what is the time
 * rate of change of charge" asks a concept). General English; words for money held or spent on something
 * ("funds", "loan", "grant") are left out, since "what was the loan for" asks a purpose.
 */
const AMOUNT_NOUNS = ['revenues?', 'profits?', 'income', 'salaries', 'wages?', 'fees?', 'turnover', 'earnings', 'valuation'].join('|');

/** "What was the ISF's budget?", "what is Warsaw's population?", "what interest rate is…": an attribute that is an amount. */
const AMOUNT_ATTRIBUTE = new RegExp(
  String.raw`^what (is|was|are|were) (the )?([\p{L}\p{N}'’-]+ ){0,3}?(budget|cost|price|population|salary|size|strength|total|amount|worth|value|count|tally|toll|${AMOUNT_NOUNS})\b|^(what|which) ([\p{L}-]+ ){0,2}?(${AMOUNT_NOUNS}|rates?) (is|are|was|were|do|does|did|will|would|has|have)\b`,
  'u',
);

/**
 * Reads which kind of fact a question asks for from its leading question word ("when" → date, "how many" →
 * number). A question word inside a clause ("what does he do when…") does not count.
 */
export function questionAnswerType(question: string): AnswerType {
  // "When many people are arrested, what is…": the question word after the opening clause is the question's.
  const afterClause = /^(?:when|if|although|though|while|since|after|before|because|as)\b[^,?]*,\s*(?=(?:how|what|which|who|whom|whose|when|where|why)\b)/i.exec(question);
  const at = afterClause ? afterClause[0].length : WH_WORD.exec(question)?.index;
  const q = (at === undefined ? question : question.slice(at)).toLowerCase();
  if (/^how (many|much)\b|^(what|which) (number|percentage|percent|amount|share|proportion|size|population|budget|cost|price|total)\b|^how (old|long|far|large|big|tall|high)\b/.test(q) || askedMeasure(q) !== undefined) {
    // A duration ("how long", "how long ago", "how many years") is answered by a time or a count of time units, as a date is.
    return ASKS_DURATION.test(q) ? 'duration' : 'number';
  }
  // "When large groups boycott a system, it can be considered?": "when" opening a clause, not asking a time.
  const whenClause = WHEN_CLAUSE.test(q);
  if (whenClause) {
    const later = /\b(?:how|what|which|who|whom|whose|where|why)\b/.exec(q.slice(5));
    return later ? questionAnswerType(q.slice(5 + later.index)) : 'none';
  }
  if (/^when\b|^(what|which) (?:(?:exact|precise|specific|actual) )?(year|date|day|month|time|decade|century)\b|^since when\b/.test(q)) return 'date';
  if (/^what(?:'s|’s| is| was) the (?:total |exact |approximate )?(number|amount|size|percentage|share|total|count) of\b/.test(q)) return 'number';
  if (/^who(m|se)?\b|^(what|which) (person|people|official|leader|spokes\w*|minister|president|secretary|man|woman|group|organi[sz]ation|party|company|newspaper|paper|outlet|agency|team)\b|\bname of\b/.test(q)) return 'name';
  if (/^where\b|^(what|which) (country|countries|city|cities|nation|nations|place|region|state|states|capital|town|continent|location|area)\b/.test(q)) return 'place';
  if (/^why\b|^for what reason\b|^what (is|was) the reason\b|^how come\b/.test(q)) return 'reason';
  if (/^what (did|does|do|has|have|had)\b.*\b(say|said|state|tell|told|announce|claim|argue|think|write)\b|^how did .* (respond|react)\b|^what was .* (response|reaction|statement)\b/.test(q) && !asksMarketReaction(q)) return 'statement';
  if (AMOUNT_ATTRIBUTE.test(q)) return 'number';
  return 'none';
}

/** "How long did…", "how old is…", "how far is…": the word after "how" that asks a degree, before an auxiliary or "ago". */
const DEGREE_QUESTION = new RegExp(String.raw`\bhow\s+(\p{L}+)\s+(?:${AUXILIARY_VERB}|ago)\b`, 'iu');

/**
 * The adjective or adverb a "how ADJ" question asks the degree of ("long", "old", "far", "strong", "often"), folded:
 * it names the kind of answer (a length, an age, a distance), which a paragraph gives as a figure without the word.
 * Undefined for other questions, and for "how much/many" (stop words, never searched).
 */
export function degreeWord(question: string): string | undefined {
  const word = DEGREE_QUESTION.exec(question)?.[1]?.toLowerCase();
  return word === undefined || word === 'many' || word === 'much' ? undefined : word;
}

/**
 * What trades on a market and answers news by moving, not by speaking: general English words of finance. "How did the
 * shares react" is told by a price ("shares fell 14%"), not a quote.
 */
const MARKET_NOUNS = new Set(['share', 'shares', 'stock', 'stocks', 'market', 'markets', 'price', 'prices', 'bond', 'bonds', 'currency', 'index', 'investors', 'traders']);

/** "How did X react / respond…": the subject X (group 1). */
const REACTION = new RegExp(String.raw`^how\s+(?:${AUXILIARY_VERB})\s+(.+?)\s+(?:react|respond)\b`, 'iu');

/** For a question that asks how something traded reacted ("how did OTG Holdings stock react"): its subject ("OTG Holdings stock") and head noun ("stock"), as written. */
export function marketReaction(question: string): { subject: string; head: string } | undefined {
  const subject = REACTION.exec(question)?.[1];
  const head = subject?.split(/\s+/).at(-1)?.replace(/['’]s?$/, '');
  return subject !== undefined && head !== undefined && MARKET_NOUNS.has(head.toLowerCase()) ? { subject, head } : undefined;
}

/** Whether a text names something traded (see MARKET_NOUNS): "Shares in OTG Holdings fell" tells how its stock reacted. */
export function namesMarket(text: string): boolean {
  return text.split(/[^\p{L}]+/u).some((w) => MARKET_NOUNS.has(w.toLowerCase()));
}

/** Whether a question asks how something traded reacted ("how did OTG Holdings stock react to the ruling"): see MARKET_NOUNS. */
export function asksMarketReaction(question: string): boolean {
  return marketReaction(question) !== undefined;
}

/** Denominators of a fraction in words ("a third", "two fifths", "three quarters"); "half" is among AMOUNT_WORDS. */
const FRACTION_DENOMINATORS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'tenth', 'tenths']);

/** Whether a word is a fraction's denominator after its count ("a third", "two thirds"), not an ordinal ("the third quarter", "third-largest"). */
function isFraction(word: string, before: WordToken | undefined): boolean {
  if (!FRACTION_DENOMINATORS.has(word) || before === undefined) return false;
  return before.normal === 'a' || before.numeric || CARDINAL_WORDS.has(before.normal);
}

/** The letters after the digits of an ordinal ("20th", "1st"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** A number written with thousands separators ("1,200", "14,500"). */
const THOUSANDS_SEPARATED = /(?<!\d,?)\d{1,3}(?:,\d{3})+(?!,?\d)/g;

/** Collects the dates, numbers and names of one sentence from its word tokens. */
export function sentenceFacts(sentence: string, tokens: readonly WordToken[]): SentenceFacts {
  const facts: SentenceFacts = { dates: [], numbers: [], names: [], givesReason: REASON.test(sentence), reportsSpeech: SPEECH.test(sentence) };
  // "20th" is tokenized as "20" and "th": the suffix is no word of its own, the number an ordinal.
  const suffixOf = (t: WordToken, before: WordToken | undefined) => ORDINAL_SUFFIX.test(t.normal) && before?.numeric === true && before.offset + before.surface.length === t.offset;
  const ordinals = new Set<WordToken>();
  const words = tokens.filter((t, i) => {
    if (!suffixOf(t, tokens[i - 1])) return true;
    ordinals.add(tokens[i - 1]!);
    return false;
  });
  // Tokens lose their thousands separators: the numbers the sentence writes with one ("1,200"), which are no years.
  const separated = new Set(Array.from(sentence.matchAll(THOUSANDS_SEPARATED), (m) => m[0].replaceAll(',', '')));
  words.forEach((token, i) => {
    const word = token.normal;
    const ordinal = ordinals.has(token);
    // A day of the month beside its month ("November 17", "17 November") is part of a date, not a count.
    const besideMonth = token.numeric && Number(word) <= 31 && [words[i - 1], words[i + 1]].some((t) => t !== undefined && isMonthWord(t.normal));
    // A count of time units dates something too ("10,000 years ago", "three centuries").
    const countOfTime = (token.numeric || COUNT_WORDS.has(word)) && words[i + 1] !== undefined && DATING_UNITS.has(words[i + 1]!.normal);
    // "in 1952" is a year; "1,200 samples", written with a thousands separator, never is.
    const year = /^(1\d{3}|20\d{2})s?$/.test(word) && !separated.has(word);
    if (DATE_WORDS.has(word) || besideMonth || countOfTime || year || /^\d{1,2}(st|nd|rd|th)$/.test(word) || (ordinal && Number(word) <= 31)) facts.dates.push(word);
    if (token.numeric || COUNT_WORDS.has(word) || isFraction(word, words[i - 1])) facts.numbers.push(word);
    // A capitalized word that does not open the sentence is most likely a name.
    if (i > 0 && token.capitalized && !DATE_WORDS.has(word)) facts.names.push(word);
  });
  return facts;
}

/**
 * Whether a sentence holds the kind of fact asked for (a date, a number, a name) that is not already one
 * of the question's own words: 1 if it does, else 0.
 */
export function answerTypeFit(type: AnswerType, facts: SentenceFacts, questionWords: ReadonlySet<string>): number {
  const fresh = (words: string[]) => (words.some((w) => !questionWords.has(w)) ? 1 : 0);
  switch (type) {
    case 'date':
      return fresh(facts.dates);
    case 'duration':
      // "How long ago…", "how long did…": a time or a count of time units.
      return fresh(facts.dates) || fresh(facts.numbers);
    case 'number':
      // A year or a day of the month is a date, not the amount asked for.
      return fresh(facts.numbers.filter((n) => !facts.dates.includes(n)));
    case 'name':
    case 'place':
      return fresh(facts.names);
    case 'reason':
      return facts.givesReason ? 1 : 0;
    case 'statement':
      return facts.reportsSpeech ? 1 : 0;
    default:
      return 0;
  }
}
