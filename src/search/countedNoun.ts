import { termOf } from '../text/analyze.ts';
import { askedCurrency } from '../text/amounts.ts';
import { isMonthWord } from '../text/entities.ts';
import { nounKinds, nounSynonyms } from '../text/nounSynonyms.ts';
import { CARDINAL_WORD_PATTERN, CARDINAL_WORDS } from '../text/numberWords.ts';
import { STOP_WORDS } from '../text/stopWords.ts';
import { TIME_UNITS } from '../text/timeUnits.ts';
import { foldWord } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';
import { LIGHT_VERBS } from '../text/lightWords.ts';
import { isPersonNoun, nounOfFile, NOUN_LOCATION_FILE } from '../text/personNouns.ts';

// What a number in a sentence counts, read from the words after it ("41 UN peacekeeping missions", "a 20-point plan"),
// so that "how many X" is not answered by a number that counts something else ("4,200 farm families" for "how many
// cows"). General English only: a number, its scale, a currency or percent sign, the noun phrase after it.

/** Most words after a number read as the phrase it counts ("41 UN peacekeeping missions": three; set by hand). */
export const COUNTED_PHRASE_WORDS = 4;

/** A number in figures or words, with an optional scale ("200,000", "1.7 million", "seven", "20-"). */
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?|${CARDINAL_WORD_PATTERN})(?:\s+(?:hundred|thousand|million|billion|trillion)s?\b|\s?(?:bn|m)\b)?`, 'giu');

/** A currency sign just before a number ("€14.50", "$ 5"), or a currency word after it ("5 dollars", "4 cents"). */
const MONEY_BEFORE = /[$£€¥₹]\s?$/u;
const MONEY_AFTER = /^[\s-]*(?:dollars?|euros?|cents?|pence|pounds?|rupees?|yen|yuan|francs?|pesos?|sterling)\b/iu;

/** A share after a number ("31 percent", "6%", "10 per cent"); group 1 is what it is a share of ("of the vote"). */
const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)(?:\s+of\s+((?:[\p{L}'’-]+\s*){1,3}))?/iu;

/** A number that stands for itself, not a count: a year alone ("in 1952"), or a day beside a month ("November 17"). */
const YEAR = /^(?:1\d{3}|20\d{2})$/;

/** What a number in a sentence is, for the counted-noun check. */
type NumberUse =
  /** Counts the words after it (folded), or none is written ("seven of them", "rose to 5,000"): it may count anything. */
  | { kind: 'count'; written: string; words: string[] }
  /** Money, a share, a year or a day: it counts nothing a "how many" asks for. */
  | { kind: 'other'; written: string };

/** Reads every number of a sentence and what it counts (see NumberUse). */
export function numberUses(text: string): NumberUse[] {
  const uses: NumberUse[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    const before = text.slice(0, at);
    const after = text.slice(at + match[0].length);
    const digits = match[1]!;
    const written = foldWord(digits);
    const previousWord = /([\p{L}]+)\W*$/u.exec(before)?.[1] ?? '';
    const nextWord = /^\W*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    // "20th": an ordinal, no count.
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue;
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) {
      uses.push({ kind: 'other', written });
      continue;
    }
    const percent = PERCENT_AFTER.exec(after);
    if (percent) {
      uses.push(percent[1] ? { kind: 'count', written, words: phraseWords(percent[1]) } : { kind: 'other', written });
      continue;
    }
    const dayOfMonth = /^\d{1,2}$/.test(digits) && (isMonthWord(foldWord(previousWord)) || isMonthWord(foldWord(nextWord)));
    const words = phraseWords(after.replace(/^-/, ' '));
    if (dayOfMonth || (YEAR.test(digits) && words.length === 0)) {
      uses.push({ kind: 'other', written });
      continue;
    }
    // "a quarter of", "one of the": a bare "one" is as often a pronoun as a count.
    if (words.length === 0 && /^one$/i.test(digits)) continue;
    uses.push({ kind: 'count', written, words });
  }
  return uses;
}

/** The content words of the noun phrase a text opens with, folded: up to the first function word, light verb or punctuation. */
function phraseWords(text: string): string[] {
  const out: string[] = [];
  const run = /^[\s-]*([\p{L}][\p{L}'’-]*)/u;
  let rest = text;
  while (out.length < COUNTED_PHRASE_WORDS) {
    const word = run.exec(rest);
    if (!word) break;
    const possessive = /['’]s?$/.test(word[1]!) || /^['’]s\b/.test(rest.slice(word[0].length));
    const folded = foldWord(word[1]!).replace(/['’]s?$/, '');
    // A light verb ends the phrase as a function word does ("people took part", "homes got flooded").
    if (STOP_WORDS.has(folded) || LIGHT_VERBS.has(folded)) break;
    out.push(folded);
    // "two companies' fleets", "11 times Brennan's earnings": the number counts the possessor, what follows is its.
    if (possessive) break;
    rest = rest.slice(word[0].length);
  }
  return out;
}

/**
 * For "how many X" (X as written: "trucks", "union members"; a loose noun such as "people" or "countries" by its kind,
 * see looseKind), X when every number of the paragraph counts something other than X: "4,200 farm families" for "how
 * many cows", "€14.50" and "31 percent" for "how many shareholders". A number whose counted noun is not written
 * ("seven of them") may count X, as may one whose phrase holds X or a word that stands for it in the corpus
 * ("soldiers" for "troops") or WordNet gives as its synonym ("operations" for "surgeries") or a kind of it ("positions" for "jobs"). Undefined when a number may count X, or none is found (the answer-type check speaks then).
 */
export function countsOtherThings(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  // Money in a currency ("how many rupees") is amountKind's to check.
  if (question.answerType !== 'number' || askedCurrency(question.text)) return undefined;
  const after = HOW_MANY.exec(question.text);
  // The counted phrase as the user wrote it ("union members" of "how many union members at Brennan…").
  const phrase = after ? upToPlural(phraseWords(question.text.slice(after.index + after[0].length))) : [];
  const head = phrase.at(-1);
  if (head === undefined || TIME_UNITS.has(head) || UNIT_OF_MEASURE.test(head)) return undefined;
  // "How many people…", "in how many countries…": a loose noun is counted by any noun of its kind ("2,100 members", "nine markets").
  const kind = phrase.length === 1 ? looseKind(head) : undefined;
  if (kind === 'any') return undefined;
  const asked = new Set(phrase.map((w) => termOf(w)));
  for (const word of question.words) if (asked.has(word.term)) for (const t of word.alternatives.keys()) asked.add(t);
  const ofKind = (w: string) => kind !== undefined && kind(w);
  const counts = (words: readonly string[]) =>
    words.length === 0 || words.some((w) => ofKind(w) || [termOf(w), termOf(w.split('-').at(-1)!)].some((t) => [...asked].some((a) => sameNoun(a, t))));
  // A number the question states itself ("the two companies") is no answer to it.
  const stated = new Set(question.words.filter((w) => w.numeric || CARDINAL_WORDS.has(foldWord(w.surface))).map((w) => foldWord(w.surface)));
  const others: string[][] = [];
  let found = 0;
  // A number with no noun of its own ("40 of them", "a vote of 11 to 2") counts a specific X only where X or a word
  // for it stands in its sentence or the one before: the noun it stands for is written near it.
  const near = (s: number) =>
    kind !== undefined || [s - 1, s].some((n) => n >= 0 && candidate.indexed.sentences[n]!.terms.some((t) => [...asked].some((a) => sameNoun(a, t))));
  for (const [s, sentence] of candidate.indexed.sentences.entries()) {
    for (const use of numberUses(sentence.text)) {
      if (stated.has(use.written)) continue;
      found += 1;
      if (use.kind !== 'count') continue;
      if (counts(use.words) && (use.words.length > 0 || near(s))) return undefined;
      others.push(use.words);
    }
  }
  if (found === 0) return undefined;
  // Checked last, and only before a refusal: a WordNet synonym of the head ("operations" for "surgeries") or a kind of
  // it ("positions" for "jobs").
  const synonyms = new Set([...nounSynonyms(head), ...nounKinds(head)].map((w) => termOf(w.split(' ').at(-1)!)));
  return others.some((words) => words.some((w) => synonyms.has(termOf(w)))) ? undefined : phrase.join(' ');
}

/** Loose nouns of people ("how many people"): any noun of a person counts them ("2,100 members", "300 residents"), and posts do. */
const PEOPLE_COUNTED: ReadonlySet<string> = new Set(['people', 'persons', 'person', 'individuals', 'men', 'women', 'children']);
/**
 * Nouns that count people by their posts, as a body, or by what each one does once ("3,200 responses" to "how many
 * people took part"): general English.
 */
const PEOPLE_BY_PROXY: ReadonlySet<string> = new Set([
  ...['people', 'staff', 'workforce', 'jobs', 'positions', 'posts', 'roles', 'employees', 'workers'],
  ...['responses', 'replies', 'votes', 'ballots', 'signatures', 'applications', 'submissions', 'entries', 'visits'],
]);
/** Loose nouns of places ("in how many countries"): any noun of a place counts them ("nine markets", "37 sites"). */
const PLACES_COUNTED: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'places', 'cities', 'areas', 'regions']);
/** Nouns that count places as a trade or a site does: general English. */
const PLACES_AS_SITES: ReadonlySet<string> = new Set(['markets', 'sites', 'locations', 'territories', 'provinces', 'towns', 'capitals', 'countries']);
/** Loose nouns of anything ("how many times", "things", "kinds"): any number may count them. General English. */
const ANY_COUNTED: ReadonlySet<string> = new Set(['times', 'ones', 'things', 'items', 'units', 'kinds', 'types', 'parts']);

/** The singular of a plural noun as WordNet lists it ("countries" → "country", "markets" → "market"). */
function singular(noun: string): string {
  return noun.replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * For a loose counted noun, readers paraphrase too freely to ask the number's own phrase for it: what a number must
 * count instead (a noun of a person for "people", of a place for "countries"), 'any' for a noun anything may count,
 * undefined for a noun that is not loose.
 */
function looseKind(head: string): ((word: string) => boolean) | 'any' | undefined {
  if (ANY_COUNTED.has(head)) return 'any';
  if (PEOPLE_COUNTED.has(head)) return (w) => PEOPLE_BY_PROXY.has(w) || isPersonNoun(singular(w));
  if (PLACES_COUNTED.has(head)) return (w) => PLACES_AS_SITES.has(w) || PLACES_COUNTED.has(w) || nounOfFile(singular(w), NOUN_LOCATION_FILE);
  return undefined;
}

/**
 * Units of measure, which a story writes in another form or scale ("kilometres", "km", "gigatons" for "tons"): the
 * number beside any unit may be the amount asked. General English.
 */
const UNIT_OF_MEASURE = /(?:met(?:er|re)s?|miles?|feet|foot|inch(?:es)?|yards?|tons?|tonnes?|grams?|pounds?|ounces?|lit(?:er|re)s?|gallons?|barrels?|acres?|hectares?|degrees?|calories?|watts?|volts?|bytes?|knots?|^km|^kg|^mph)$/;

/**
 * Whether two index terms name the same thing counted: equal, or one the other's start or end, at least
 * MIN_SHARED_STEM letters long ("kilomet"/"kilometr", "ton"/"gigaton", "peacekeep"/"peacekeeper").
 */
function sameNoun(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_SHARED_STEM && (long.startsWith(short) || long.endsWith(short));
}

/** Shortest stem that may be the start or end of another word and name the same thing (set by hand: "ton"). */
const MIN_SHARED_STEM = 3;

/** A plural noun's ending ("cows", "families"; not "bus", "glass", "analysis"). */
const PLURAL = /[^su]s$/;

/** The words of a phrase up to its first plural noun ("people", "children" too): "cows supply milk" → "cows", "union members" stays whole. */
function upToPlural(words: readonly string[]): string[] {
  const plural = words.findIndex((w) => PLURAL.test(w) || PEOPLE_COUNTED.has(w));
  return plural < 0 ? [...words] : words.slice(0, plural + 1);
}

/** "how many " in a question. */
const HOW_MANY = /\bhow\s+many\s+/i;
