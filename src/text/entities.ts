import { STOP_WORDS } from './stopWords.ts';
import { hasOnlyAsciiWordCharacters } from './tokenize.ts';

// Names, dates and months, once: the calendar words, the date phrases and the runs of capitalised words (names) of
// a text, read by general English rules (no list of any story's names). Acronyms, answer types, suggestions, the
// status brief and the conversation's follow-ups all take their names and dates from here.

/** The months, lower case, January first. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Short forms of the months as written in news text ("Nov", "Sept"); "may" has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** The days of the week, lower case, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTH_SET = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const CALENDAR_SET = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const MONTH = `(?:${MONTH_NAMES.map(capitalise).join('|')})`;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.map(capitalise).join('|')})\\b`);
const FULL_DATE = new RegExp(`\\b${MONTH} \\d{1,2}\\b|\\b\\d{1,2} ${MONTH}\\b`);
const MONTH_OR_YEAR = new RegExp(`\\b${MONTH}\\b|\\b(19|20)\\d{2}\\b`);
const YEAR = /\b((?:19|20)\d{2})\b/g;
// "November 17", "December 20, 2025", "2025", "early 2026", "mid-1990s" is "mid-1990" plus the plural.
const DATE_PHRASE = new RegExp(`\\b(?:${MONTH} \\d{1,2}(?:, \\d{4})?|(?:early |late |mid-)?(?:19|20)\\d{2})\\b`, 'g');

/** Whether a folded word is a month, in full or short ("november", "nov"). */
export function isMonthWord(word: string): boolean {
  return MONTH_SET.has(word);
}

/** Whether a word (any case) is a month's or a weekday's full name: capitalised, yet a time, not a name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_SET.has(word.toLowerCase());
}

/** How precisely a text dates something: a day of a month, a month or a year, a weekday, or not at all. */
export type DatePrecision = 'day' | 'month-or-year' | 'weekday' | 'none';

/** The most precise date a text gives ("November 17" → day, "in 2026" → month-or-year, "on Friday" → weekday). */
export function datePrecision(text: string): DatePrecision {
  if (FULL_DATE.test(text)) return 'day';
  if (MONTH_OR_YEAR.test(text)) return 'month-or-year';
  return WEEKDAY.test(text) ? 'weekday' : 'none';
}

/** The years (1900–2099) a text writes, in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** The date phrases of a text as written: "November 17", "December 20, 2025", "early 2026". */
export function findDatePhrases(text: string): string[] {
  return [...text.matchAll(DATE_PHRASE)].map((m) => m[0]);
}

/** A run of capitalised words in a text ("Marco Rubio", "UN Security Council"), with where it stands. */
export interface NameRun {
  /** The name as written, without a possessive ending ("Pakistan" in "Pakistan's"). */
  name: string;
  /** Offset of the name's first character in the text. */
  start: number;
  /** Offset just past the name (before any possessive ending). */
  end: number;
  /** The possessive ending that followed the name ("'s", "’s", "'"), or ''. */
  possessive: string;
  /** Every word of it is written in capitals (UN, ISF, US): an organisation or a country's initials. */
  acronym: boolean;
  /** It follows "the", "a" or "an" ("the UN", "the Foreign Office"): usually a body, not a person or a country. */
  determined: boolean;
}

// Words that start a question or an order; written with a capital only because they come first.
const SENTENCE_STARTERS = new Set([
  'how', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'whats', 'whos', 'tell', 'show', 'give', 'list',
  'explain', 'describe', 'name', 'summarize', 'summarise', 'find', 'compare', 'please', 'and', 'but', 'so', 'or', 'then',
  'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'according', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'after', 'before', 'since', 'during',
]);

// Small words that may stand inside a name between capitalised words ("Secretary of State", "Bosnia and …" is two names).
const INNER_WORDS = new Set(['of', 'de', 'du', 'del', 'da', 'van', 'von', 'al', 'bin', 'ibn']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-.]*(?:['’][\p{L}]+)*['’]?/gu;
// An article just before a name; tested on the last few characters before it (the longest article is 3 letters).
const ARTICLE_BEFORE = /\b(?:the|a|an)$/i;
const ARTICLE_WINDOW = 4;
const SENTENCE_END = new Set(['.', '!', '?', ':']);
const CAPITAL = /^\p{Lu}/u;
// A capital letter not preceded by a letter or a digit: where a capitalised word may start.
const CAPITAL_NOT_IN_WORD = /(?<![\p{L}\p{N}])\p{Lu}/gu;

/** How a reader finds words and the capitals that may start one. */
interface WordPatterns {
  word: RegExp;
  capital: RegExp;
}

const UNICODE_PATTERNS: WordPatterns = { word: WORD, capital: CAPITAL_NOT_IN_WORD };
/**
 * WORD and CAPITAL_NOT_IN_WORD for a text whose letters, marks and digits are all ASCII (most news text): each
 * class cut to its ASCII members, no u flag, the same matches (as tokenize's ASCII_WORD_PATTERN). The Unicode
 * capital search was most of findNameRuns' work.
 */
const ASCII_PATTERNS: WordPatterns = { word: /[A-Za-z0-9][A-Za-z0-9\-.]*(?:['’][A-Za-z]+)*['’]?/g, capital: /(?<![A-Za-z0-9])[A-Z]/g };
// Characters a word may hold inside it (see WORD): a capital just after one may still be inside the word.
const WORD_JOINERS = new Set(['-', '.', "'", '’']);
// The apostrophes a possessive ending starts with (see splitPossessive).
const APOSTROPHES = new Set(["'", '’']);
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

interface Word {
  /** The word as written, without trailing dots ("U.S." → "U.S"). */
  text: string;
  start: number;
  /** Offset just past the word as matched (trailing dots included): where the next word is looked for. */
  next: number;
  /** The first word of a sentence (of the text, or after . ! ? :). */
  sentenceStart: boolean;
}

/** Offset just past the last non-space character before `offset` (0 when there is none). */
function endOfTextBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

function toWord(text: string, match: RegExpExecArray): Word {
  const raw = match[0];
  const start = match.index;
  const before = endOfTextBefore(text, start);
  const word = raw.endsWith('.') ? raw.replace(/\.+$/, '') : raw;
  return { text: word, start, next: start + raw.length, sentenceStart: before === 0 || SENTENCE_END.has(text.charAt(before - 1)) };
}

/** The words of a text one at a time, from an offset that can be moved back (a run ends, the word after it is read again). */
class WordReader {
  readonly #text: string;
  readonly #word: RegExp;
  readonly #pattern: RegExp;
  // Made once per text, not once per call or per capital found: the sticky one reads the word at a capital.
  readonly #capitals: RegExp;
  readonly #wordAt: RegExp;

  constructor(text: string) {
    this.#text = text;
    const patterns = hasOnlyAsciiWordCharacters(text) ? ASCII_PATTERNS : UNICODE_PATTERNS;
    this.#word = patterns.word;
    this.#pattern = new RegExp(patterns.word);
    this.#capitals = new RegExp(patterns.capital);
    this.#wordAt = new RegExp(patterns.word.source, patterns.word.flags.replace('g', 'y'));
  }

  /** The next word at or after the offset, or undefined at the end. */
  read(): Word | undefined {
    const match = this.#pattern.exec(this.#text);
    return match ? toWord(this.#text, match) : undefined;
  }

  /**
   * The next word at or after the offset that starts with a capital, found by searching for capitals (most words
   * are not, and are never read): a capital after a letter or a digit is inside a word; after a dash, a dot or an
   * apostrophe it may be, and the words of that stretch are read to tell.
   */
  readCapitalised(): Word | undefined {
    const text = this.#text;
    const from = this.#pattern.lastIndex;
    const capitals = this.#capitals;
    capitals.lastIndex = from;
    for (let capital = capitals.exec(text); capital; capital = capitals.exec(text)) {
      const at = capital.index;
      if (at > from && WORD_JOINERS.has(text.charAt(at - 1)) && !this.#startsWord(at, from)) continue;
      const word = this.#wordAt;
      word.lastIndex = at;
      const match = word.exec(text)!;
      this.#pattern.lastIndex = at + match[0].length;
      return toWord(text, match);
    }
    this.#pattern.lastIndex = text.length;
    return undefined;
  }

  /** Whether a word starts at `at`: the words are read from the last space before it (or from `from`, a word's end). */
  #startsWord(at: number, from: number): boolean {
    let chunk = at;
    while (chunk > from && !/\s/.test(this.#text.charAt(chunk - 1))) chunk -= 1;
    const words = new RegExp(this.#word);
    words.lastIndex = chunk;
    for (let match = words.exec(this.#text); match && match.index <= at; match = words.exec(this.#text)) if (match.index === at) return true;
    return false;
  }

  /** The word after the current one, without moving on. */
  peek(): Word | undefined {
    const at = this.#pattern.lastIndex;
    const word = this.read();
    this.#pattern.lastIndex = at;
    return word;
  }

  /** Moves the offset to read from. */
  seek(offset: number): void {
    this.#pattern.lastIndex = offset;
  }
}

/** Splits a possessive ending off a word: "Pakistan's" → ["Pakistan", "'s"]. */
function splitPossessive(word: string): [string, string] {
  // Most words end in neither an apostrophe nor an apostrophe and "s": no match to look for.
  const last = word.charAt(word.length - 1);
  if (!APOSTROPHES.has(last) && !(last === 's' && APOSTROPHES.has(word.charAt(word.length - 2)))) return [word, ''];
  const match = /^(.*?)(['’]s|['’])$/u.exec(word);
  return match && match[1] !== '' ? [match[1]!, match[2]!] : [word, ''];
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  // Most words are not: a case comparison rules them out before the Unicode test.
  return first !== first.toLowerCase() && CAPITAL.test(first);
}

function isAcronym(word: string): boolean {
  // A lower-case ASCII letter second (most capitalised words) is neither \p{Lu} nor \p{N}: no pattern to run.
  const second = word.charCodeAt(1);
  if (second >= LOWER_A && second <= LOWER_Z) return false;
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

/** Whether a capitalised word can be part of a name where it stands. */
function nameWord(word: Word): boolean {
  if (!isCapitalised(word.text)) return false;
  const [bare] = splitPossessive(word.text);
  if (isAcronym(bare)) return true;
  const lower = bare.toLowerCase();
  if (isCalendarWord(lower)) return false;
  if (STOP_WORDS.has(lower)) return false;
  return !(word.sentenceStart && SENTENCE_STARTERS.has(lower));
}

/**
 * The names of a text, in order: runs of capitalised words (a word capitalised only because it starts a
 * sentence, a function word and a calendar word do not count), with "of"-like small words inside
 * ("Secretary of State"). General English capitalisation, no list of the story's names.
 */
export function findNameRuns(text: string): NameRun[] {
  const reader = new WordReader(text);
  const runs: NameRun[] = [];
  for (let first = reader.readCapitalised(); first; first = reader.readCapitalised()) {
    if (!nameWord(first)) continue;
    let last = first;
    let previous = first;
    // Extend over capitalised words, and over one small inner word when a capitalised one follows it.
    for (let word = reader.read(); word; word = reader.read()) {
      if (splitPossessive(previous.text)[1] !== '') break; // "Pakistan's Foreign Office": the name ends at the possessive
      if (text.slice(previous.start + previous.text.length, word.start).trim() !== '') break; // punctuation between
      if (nameWord(word) && !word.sentenceStart) last = word;
      else if (!INNER_WORDS.has(word.text.toLowerCase())) break;
      else {
        const following = reader.peek();
        if (!following || !nameWord(following)) break;
      }
      previous = word;
    }
    reader.seek(last.next);
    const end = last;
    const [bareLast, possessive] = splitPossessive(end.text);
    const name = text.slice(first.start, end.start + bareLast.length);
    const before = endOfTextBefore(text, first.start);
    runs.push({
      name,
      start: first.start,
      end: end.start + bareLast.length,
      possessive,
      acronym: name.split(/\s+/).every(isAcronym),
      determined: ARTICLE_BEFORE.test(text.slice(Math.max(0, before - ARTICLE_WINDOW), before)),
    });
  }
  return runs;
}
