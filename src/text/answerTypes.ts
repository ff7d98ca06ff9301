/** The kind of fact a question asks for. */
export type AnswerType = 'date' | 'number' | 'name' | 'place' | 'reason' | 'none';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|half|percent';

/** Reads which kind of fact a question asks for from its question words ("when" → date, "how many" → number). */
export function questionAnswerType(question: string): AnswerType {
  const q = question.toLowerCase();
  if (/\bhow (many|much)\b|\bwhat (number|percentage|percent|amount|share|proportion|size|population)\b|\bhow (old|long|far|large|big|tall|high)\b/.test(q)) {
    return /\bhow long ago\b/.test(q) ? 'date' : 'number';
  }
  if (/\bwhen\b|\b(what|which) (year|date|day|month|time|decade|century|season|period)\b|\bsince when\b/.test(q)) return 'date';
  if (/\bwho(m|se)?\b|\b(what|which) (person|people|official|leader|spokes\w*|minister|president|secretary|man|woman|group|organi[sz]ation|party|company|newspaper|paper|outlet|agency|team)\b|\bname of\b/.test(q)) return 'name';
  if (/\bwhere\b|\b(what|which) (country|countries|city|cities|nation|nations|place|region|state|states|capital|town|continent|location|area)\b/.test(q)) return 'place';
  if (/\bwhy\b|\bfor what reason\b|\bwhat (is|was) the reason\b|\bhow come\b/.test(q)) return 'reason';
  return 'none';
}

const DATE = new RegExp(`\\b(${MONTHS}|${WEEKDAYS})\\b|\\b(1[0-9]{3}|20[0-9]{2})s?\\b|\\b\\d{1,2}(st|nd|rd|th)\\b|\\b(yesterday|today|tomorrow|tonight|weekly|monthly|annual|century|decade)\\b`, 'i');
const NUMBER = new RegExp(`\\d|\\b(${NUMBER_WORDS})\\b`, 'i');
const REASON = /\b(because|due to|owing to|given|since|as a result|so that|in order to|reflects|caused by|reason)\b/i;
// A capitalized word that does not start the sentence (nor follow a quote mark opening it).
const INNER_NAME = /(?<=[\p{Ll}\p{N},;:)]\s+(?:the\s+)?)\p{Lu}[\p{L}’'-]+/gu;

/**
 * How well a sentence fits the answer type, from 0 to 1: it must hold the kind of fact asked for
 * (a date, a number, a name) that is not already one of the question's own words.
 */
export function answerTypeFit(type: AnswerType, sentence: string, questionWords: ReadonlySet<string>): number {
  switch (type) {
    case 'date':
      return hasNew(sentence, DATE, questionWords) ? 1 : 0;
    case 'number':
      return hasNew(sentence, new RegExp(NUMBER.source, 'gi'), questionWords) ? 1 : 0;
    case 'name':
    case 'place':
      return newNames(sentence, questionWords) > 0 ? 1 : 0;
    case 'reason':
      return REASON.test(sentence) ? 1 : 0;
    default:
      return 0;
  }
}

function hasNew(sentence: string, pattern: RegExp, questionWords: ReadonlySet<string>): boolean {
  const global = new RegExp(pattern.source, 'gi');
  for (const match of sentence.matchAll(global)) {
    if (!questionWords.has(match[0].toLowerCase())) return true;
  }
  return false;
}

function newNames(sentence: string, questionWords: ReadonlySet<string>): number {
  let count = 0;
  for (const match of sentence.matchAll(INNER_NAME)) {
    const word = match[0].replace(/['’]s$/, '').toLowerCase();
    if (!questionWords.has(word)) count += 1;
  }
  return count;
}
