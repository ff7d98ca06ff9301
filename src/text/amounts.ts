import { AUXILIARY_VERB } from './auxiliaries.ts';
import { yearsIn } from './entities.ts';
import { CARDINAL_WORD_PATTERN } from './numberWords.ts';
import { TIME_UNIT_PATTERN } from './timeUnits.ts';

// Amounts of a kind, read from general English: money in a currency, and a count of time units. No story's words.

/** Currencies named in words ("in US dollars", "how many rupees"); "pounds" is left out, as often a weight as money. */
const CURRENCY = String.raw`(?:dollars?|euros?|rupees?|yen|yuan|renminbi|rubles?|roubles?|francs?|pesos?|dinars?|dirhams?|riyals?|rials?|shekels?|liras?|sterling)`;

/** Words that count a unit without a number ("a year", "several months", "a few decades", "many weeks"). */
const VAGUE_COUNT = String.raw`(?:a|several|few|many)`;

/** A number in figures or words, or a vague count, with its scale ("5", "2.5", "200,000", "three", "a billion"). */
const NUMBER = String.raw`(?:\d[\d,.]*|${CARDINAL_WORD_PATTERN}|${VAGUE_COUNT})`;
const SCALE = String.raw`(?:hundred|thousand|million|billion|trillion|bn|m)`;

/** A currency asked for by name: "in dollars", "how many rupees", "in euros". */
const ASKED_CURRENCY = new RegExp(String.raw`\b${CURRENCY}\b`, 'i');

/**
 * The capitalized words just before a currency that say whose it is ("US dollars", "Hong Kong dollars"), any
 * country's; not the question's first word ("Dollars or euros?", "In dollars, …").
 */
const CURRENCY_OWNER = /(?<=\S\s+)(?:\p{Lu}[\p{L}.]*\s+){1,2}$/u;

/** An amount of money: a currency sign before a figure ("$5 million", "€20"), or a number before a currency ("5 billion dollars", "billion-dollar"). */
const MONEY = new RegExp(String.raw`[$£€¥₹]\s?\d|\b${NUMBER}(?:[\s-]+${SCALE})?[\s-]+${CURRENCY}\b`, 'i');

/** "How many years…", "for how many months…": the unit of time counted. Group 1 is the unit as written. */
const ASKED_TIME_COUNT = new RegExp(String.raw`\bhow\s+many\s+(${TIME_UNIT_PATTERN})\b`, 'i');

/** A count of time units ("six years", "18-month", "a few decades", "41 days"). */
const TIME_COUNT = new RegExp(String.raw`\b${NUMBER}(?:[\s-]+${SCALE})?[\s-]+${TIME_UNIT_PATTERN}\b`, 'i');

/** Units of length ("a 9-mile detour", "400 km", "12 metres"): "how long" asks a length in space as well as in time. */
const LENGTH_UNIT = String.raw`(?:miles?|km|kilomet(?:re|er)s?|metres?|meters?|feet|foot|ft|yards?|inches|inch|cm|mm)`;

/** A count of length units ("9-mile", "400 km", "2.5 kilometres"). */
const LENGTH_COUNT = new RegExp(String.raw`\b(?:\d[\d,.]*[\s-]*|${NUMBER}[\s-]+)${LENGTH_UNIT}\b`, 'i');

/** A span of years written as one ("1870 to 1939", "1914–18", "1990 and 2000"): any era, where yearsIn reads 1900–2099. */
const YEAR_SPAN = /\b\d{3,4}s?\s*(?:to|and|until|till|through|[–—-])\s*\d{2,4}s?\b/;

/** The currency a question asks an amount in, as written ("US dollars"), if it names one. */
export function askedCurrency(question: string): string | undefined {
  const asked = ASKED_CURRENCY.exec(question);
  if (!asked) return undefined;
  const owner = CURRENCY_OWNER.exec(question.slice(0, asked.index))?.[0] ?? '';
  return owner + asked[0];
}

/** Whether a text gives an amount of money. */
export function givesMoney(text: string): boolean {
  return MONEY.test(text);
}

/**
 * Currencies a story may write a sum in, in words: CURRENCY and pounds, pence and cents, and older or rarer ones a
 * history gives ("francs", "guilders", "shillings"). General English.
 */
const ANY_CURRENCY = String.raw`(?:${CURRENCY}|pounds?|pence|cents?|lire|lira|pesetas?|guilders?|shillings?|kron(?:or|er|a|e)|baht|ringgit|taka|naira|ducats?|florins?|guineas?|bucks)`;

/**
 * Currency words that are also common English words ("won the medal", "3 marks out of 10", "crowns", "rand"): a sum
 * only with a scale word ("2 million marks") or a figure written as money ("4,500 crowns").
 */
const AMBIGUOUS_CURRENCY = String.raw`(?:marks?|crowns?|won|rand)`;

/** A sum of money in any currency: a sign before a figure, or a number (or "a", "several") before a currency word. */
const ANY_MONEY = new RegExp(
  String.raw`[$£€¥₹]\s?\d|\b(?:${NUMBER}|hundreds|thousands|millions|billions)(?:[\s-]+${SCALE})?(?:\s+of)?[\s-]+${ANY_CURRENCY}\b` +
    String.raw`|\b(?:${NUMBER}[\s-]+${SCALE}|\d{1,3}(?:,\d{3})+|hundreds|thousands|millions|billions)(?:\s+of)?[\s-]+${AMBIGUOUS_CURRENCY}\b`,
  'i',
);

/**
 * A sum written before a noun it prices ("a $1.4 billion container terminal", "the £20m stadium", "a 5-million-euro
 * contract"): group 1 holds the next few words, among them the thing the sum is the cost of. Set by hand: three words
 * reach the head of "a $1.4 billion deep-water container terminal" (the tokenizer reads "deep-water" as one word).
 */
const ATTRIBUTIVE_SUM = new RegExp(String.raw`(?:[$£€¥₹]\s?\d[\d,.]*(?:[\s-]?${SCALE})?|\b${NUMBER}[\s-]+(?:${SCALE}[\s-]+)?${ANY_CURRENCY})[\s-]+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`, 'giu');

/** A word that ends the noun phrase after a sum: what follows it ("a $20m grant for the stadium") is not what the sum prices. */
const PHRASE_END = /^(?:of|for|in|on|to|from|by|with|at|into|over|that|which|who|and|or|but|is|are|was|were|will|would)$/;

/**
 * The words of the noun phrase right after each sum a text writes before a noun (ATTRIBUTIVE_SUM: "a $1.4 billion
 * container terminal on the shore" → "container", "terminal"), lower case: what the sum is the cost of.
 */
export function pricedWords(text: string): string[] {
  return [...text.matchAll(ATTRIBUTIVE_SUM)].flatMap((m) => {
    const words = m[1]!.toLowerCase().split(/\s+/);
    const end = words.findIndex((w) => PHRASE_END.test(w));
    return end < 0 ? words : words.slice(0, end);
  });
}

/** A price of nothing: "free of charge", "at no cost", "no charge", "will stay free", "for free". */
const NO_CHARGE = /\b(?:free\s+of\s+charge|at\s+no\s+(?:extra\s+)?cost|no\s+charge|(?:is|are|was|were|be|remain|remains|stay|stays|for)\s+free)\b/i;

/** Whether a text gives a sum of money in any currency, signs or words ("£5,000", "20 million guilders", "4 cents"), or says it is free. */
export function givesAnySum(text: string): boolean {
  return ANY_MONEY.test(text) || NO_CHARGE.test(text);
}

/**
 * Verbs whose "how much" asks a sum of money ("how much does a nurse earn", "how much will the owners be paid",
 * "how much did the bridge cost"): general English verbs of paying and earning, in every form, followed by the end of
 * the question, a word that opens its object or adverbial ("pay for", "earn a year") or a name ("cost Outback"), not
 * by a noun they modify ("a pay rise").
 */
const MONEY_VERB = /\bhow\s+much\b(?!\s+of\b).*?\b(?:earn|earns|earned|earning|cost|costs|costing|pay|pays|paid|paying|spend|spends|spent|spending|charge|charges|charged|owe|owes|owed|borrow|borrows|borrowed|lend|lends|lent|invest|invests|invested|fetch|fetched|donate|donated|fined)\b(?=\s*(?:[?.!]|$)|\s+(?:for|to|on|in|per|a|an|each|every|the|them|him|her|it|its|their|his|out|back|into|from|as|at|by|this|that|last|next|so|far|now|annually|yearly|monthly)\b|\s+\p{Lu})/iu;

/**
 * Nouns of money whose amount "how much X" or "what is the X" asks ("how much debt", "the annual budget", "the
 * fee"): general English words for sums paid, earned, owed or held.
 */
const MONEY_NOUNS: ReadonlySet<string> = new Set(
  [
    ...['money', 'cash', 'funding', 'funds', 'debt', 'debts', 'revenue', 'revenues', 'profit', 'profits', 'income', 'salary', 'salaries'],
    ...['wage', 'wages', 'fee', 'fees', 'budget', 'fine', 'fines', 'loan', 'loans', 'turnover', 'earnings', 'valuation', 'subsidy'],
    ...['subsidies', 'grant', 'grants', 'bonus', 'bonuses', 'rent', 'compensation', 'price', 'cost', 'costs', 'ransom', 'bail'],
  ],
);

/**
 * The families of the verbs of paying and earning (MONEY_VERB), by the forms a question writes: a sentence with a sum
 * and one of these words tells what the sum is for. General English.
 */
const MONEY_FAMILIES: readonly (readonly string[])[] = [
  ['earn', 'earns', 'earned', 'earning', 'earnings', 'income', 'salary', 'salaries', 'wage', 'wages', 'pay'],
  ['cost', 'costs', 'costing', 'costed', 'price', 'priced', 'prices'],
  ['pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'payout', 'fee', 'fees'],
  ['spend', 'spends', 'spent', 'spending', 'expenditure'],
  ['charge', 'charges', 'charged', 'fee', 'fees'],
  ['owe', 'owes', 'owed', 'owing', 'debt', 'debts'],
  ['borrow', 'borrows', 'borrowed', 'borrowing', 'loan', 'loans'],
  ['lend', 'lends', 'lent', 'lending', 'loan', 'loans'],
  ['invest', 'invests', 'invested', 'investing', 'investment', 'investments'],
  ['fetch', 'fetched', 'sold', 'sale'],
  ['donate', 'donated', 'donation', 'donations', 'gave', 'given'],
  ['fined', 'fine', 'fines', 'penalty', 'penalties', 'penalised', 'penalized'],
];

/**
 * Words that may follow "how much" before the verb without naming what is measured ("how much did…", "how much
 * will she…", "how much the…"): auxiliaries, pronouns and determiners.
 */
const HOW_MUCH_FUNCTION_WORD = new RegExp(String.raw`^(?:${AUXILIARY_VERB}|i|you|he|she|it|we|they|the|a|an|this|that|these|those|his|her|its|our|their|each|every)$`, 'i');

/**
 * The verb of paying a MONEY_VERB question asks with ("earn", "paid"), as written; undefined for other questions, and
 * for "how much" of a thing other than money ("how much time did the delay cost", "how much effort … invest").
 */
function moneyVerbOf(question: string): string | undefined {
  const noun = howMuchNoun(question);
  if (noun !== undefined && !MONEY_NOUNS.has(noun.toLowerCase()) && !HOW_MUCH_FUNCTION_WORD.test(noun)) return undefined;
  return MONEY_VERB.exec(question)?.[0].split(/\s+/).at(-1)?.toLowerCase().replace(/[?.!]+$/, '');
}

/**
 * The words a sentence giving the sum asked must hold to be about it ("earn" asks a sentence with "earn", "earnings",
 * "salary"…; "how much debt", "the budget" their own noun): undefined when the question asks no sum by a verb or noun.
 */
export function sumWords(question: string, head: string | undefined): readonly string[] | undefined {
  const verb = moneyVerbOf(question);
  if (verb !== undefined) return MONEY_FAMILIES.find((family) => family.includes(verb)) ?? [verb];
  const noun = howMuchNoun(question);
  const asked = noun !== undefined && MONEY_NOUNS.has(noun) ? noun : head?.toLowerCase();
  if (asked === undefined || !MONEY_NOUNS.has(asked) || ['money', 'cash'].includes(asked)) return undefined;
  return [asked, ...(MONEY_FAMILIES.find((family) => family.includes(asked)) ?? [])];
}

/** "how much debt", "how much money": the noun right after "how much". */
const HOW_MUCH_NOUN = /\bhow\s+much\s+([\p{L}-]+)/iu;

/** The word right after "how much", lower case ("debt", "did"); undefined when the question has no "how much". */
export function howMuchNoun(question: string): string | undefined {
  return HOW_MUCH_NOUN.exec(question)?.[1]?.toLowerCase();
}

/**
 * Whether a question asks a sum of money: "how much" with a verb of paying (MONEY_VERB) or a noun of money
 * (MONEY_NOUNS: "how much debt"), or a head noun of money (`head`, the focus of "what is the annual budget").
 */
export function asksSum(question: string, head: string | undefined): boolean {
  const noun = howMuchNoun(question);
  return moneyVerbOf(question) !== undefined || (noun !== undefined && MONEY_NOUNS.has(noun)) || (head !== undefined && MONEY_NOUNS.has(head.toLowerCase()));
}

/** The unit of time a "how many years/months/…" question counts, as written, if it asks one. */
export function askedTimeUnit(question: string): string | undefined {
  return ASKED_TIME_COUNT.exec(question)?.[1];
}

/** Whether a text gives a length of time: a count of time units, or a span from one year to another ("1870 to 1939"). */
export function givesTimeCount(text: string): boolean {
  return TIME_COUNT.test(text) || YEAR_SPAN.test(text) || new Set(yearsIn(text)).size >= 2;
}

/** Words that bound or measure a stretch of time without a count ("until the end of…", "since 1990", "into the 19th century", "ago"). */
const TIME_SPAN_WORD = /\b(?:until|till|since|through|throughout|during|ago|long|longer|briefly|permanent\w*|indefinite\w*|centur(?:y|ies)|decades?)\b/i;

/**
 * "How far is X from Y", "how far away is…", "how far did the trains travel" (a verb of motion): a distance asked. Not
 * "how far did prices fall", which asks a degree ("fell 14%").
 */
const HOW_FAR = /\bhow\s+far\b(?:\s+away\b|.*\b(?:from|travel\w*|walk\w*|driv\w*|drove|fl(?:y|ies|ew|own)|sail\w*|swim\w*|swam|journey\w*|commut\w*)\b)/i;

/** Whether a question asks a distance ("how far is the zone from the capital"). */
export function asksDistance(question: string): boolean {
  return HOW_FAR.test(question);
}

/** Whether a text gives a distance: a count of length units ("400 km", "a 9-mile detour"). */
export function givesDistance(text: string): boolean {
  return LENGTH_COUNT.test(text);
}

/** Units of weight ("a 1,450-kilogram spacecraft", "12 tonnes", "300 lb"). General English. */
const WEIGHT_UNIT = String.raw`(?:kilograms?|kilogrammes?|kg|grams?|grammes?|g|tonnes?|tons?|pounds?|lbs?|ounces?|oz|milligrams?|mg)`;

/** A count of weight units ("1,450-kilogram", "12 tonnes", "two tons"). */
const WEIGHT_COUNT = new RegExp(String.raw`\b(?:\d[\d,.]*[\s-]*|${NUMBER}[\s-]+)(?:${SCALE}[\s-]+)?${WEIGHT_UNIT}\b`, 'i');

/**
 * The physical measure a question asks, by its degree adjective or its noun of measure: a weight ("how heavy", "what
 * weight", "what mass") or a height or depth ("how high", "how tall", "how deep", "at what altitude", "what height").
 * "How high did prices rise" asks a level, no measure, so a height's degree adjective counts only before a verb of being
 * ("how high is the tower", "how deep was the well"). General English.
 */
const MEASURE_QUESTIONS: readonly { measure: Measure; asked: RegExp }[] = [
  { measure: 'weight', asked: /\bhow\s+heavy\b|\b(?:what|which)\s+(?:weight|mass)\b/i },
  { measure: 'height', asked: /\bhow\s+(?:high|tall|deep)\s+(?:is|was|are|were)\b|\b(?:what|which)\s+(?:altitude|height|depth|elevation)\b/i },
];

/** A physical measure a question may ask for (MEASURE_QUESTIONS). */
export type Measure = 'weight' | 'height';

/** The units a measure is written in, as words (for linking a question's degree word to a story's figures). */
const MEASURE_UNIT_WORDS: Readonly<Record<Measure, readonly string[]>> = {
  weight: ['kilogram', 'kilograms', 'kg', 'tonne', 'tonnes', 'ton', 'tons', 'pound', 'pounds', 'lb', 'ounce', 'ounces', 'gram', 'grams'],
  height: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'metre', 'metres', 'meter', 'meters', 'feet', 'foot', 'ft', 'mile', 'miles'],
};

/** The physical measure a question asks ("how heavy was the satellite" → weight), if any. */
export function askedMeasure(question: string): Measure | undefined {
  return MEASURE_QUESTIONS.find((m) => m.asked.test(question))?.measure;
}

/** The words of a question that ask each measure: its degree adjectives and its nouns (MEASURE_QUESTIONS). */
const MEASURE_WORDS: Readonly<Record<Measure, readonly string[]>> = {
  weight: ['heavy', 'weight', 'mass'],
  height: ['high', 'tall', 'deep', 'altitude', 'height', 'depth', 'elevation'],
};

/**
 * The unit words a question's word of measure stands for ("heavy" of "how heavy was it" → "kilogram", "tonnes"…): a
 * story gives a weight or a height as a figure and a unit, seldom with the question's word. Empty for any other word.
 */
export function measureUnitsOf(question: string, word: string): readonly string[] {
  const measure = askedMeasure(question);
  return measure !== undefined && MEASURE_WORDS[measure].includes(word) ? MEASURE_UNIT_WORDS[measure] : [];
}

/** Whether a text gives an amount of a measure: a count of its units ("1,450-kilogram"; "830 kilometres" for a height). */
export function givesMeasure(text: string, measure: Measure): boolean {
  return measure === 'weight' ? WEIGHT_COUNT.test(text) : LENGTH_COUNT.test(text);
}

/** "How long did…" (not "how long ago", which asks a point in time). */
const HOW_LONG = /\bhow\s+long\b(?!\s+ago\b)/i;

/** Whether a question asks how long something lasts or lasted. */
export function asksLength(question: string): boolean {
  return HOW_LONG.test(question);
}

/**
 * Whether a text tells how long something lasts or is: a length of time (givesTimeCount), words that bound or measure
 * a stretch ("until…", "since…", "for decades"), or a length in space ("a 9-mile detour"). A point in time alone ("on
 * November 17") does not.
 */
export function givesLength(text: string): boolean {
  return givesTimeCount(text) || TIME_SPAN_WORD.test(text) || LENGTH_COUNT.test(text);
}

/**
 * "How old is Margaret Okonjo?", "how old was Elway when…": the one whose age is asked (group 1), before a clause or
 * an adverbial that dates it ("when he played", "at the time", "in 2019").
 */
const HOW_OLD = /^how\s+old\s+(?:is|was|are|were|will\s+\S+\s+be|would\s+\S+\s+be)\s+(.+?)(?=\s+(?:when|now|today|then|at|in|during|on|after|before|by|while)\b|\s*\?|\s*$)/i;

/** The one whose age a "how old is X" question asks, as written ("Margaret Okonjo", "the chairwoman"); undefined for other questions. */
export function ageSubject(question: string): string | undefined {
  return HOW_OLD.exec(question.trim())?.[1];
}

/**
 * A person's age as news writes it: "aged 54", "at the age of 54", "54-year-old", "54 years old", "turned 54", "in
 * her fifties", "born in 1971". General English.
 */
const AGE = new RegExp(
  [
    String.raw`\b(?:aged?|ages)\s+(?:of\s+)?(?:\d{1,3}|${CARDINAL_WORD_PATTERN})\b`,
    String.raw`\b(?:\d{1,3}|${CARDINAL_WORD_PATTERN})[\s-]+(?:years?|yrs?)[\s-]+old\b`,
    String.raw`\bturn(?:s|ed|ing)?\s+(?:\d{1,3}|${CARDINAL_WORD_PATTERN})\b`,
    String.raw`\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b`,
    String.raw`\bborn\s+(?:in|on)\b`,
  ].join('|'),
  'iu',
);

/** The appositive age after a name: "Okonjo, 54," or "Okonjo, 54." (case matters, so apart from AGE). */
const APPOSITIVE_AGE = /\p{Lu}\p{L}+,\s+\d{1,3}[,.](?!\d)/u;

/** Whether a text gives someone's age (see AGE, APPOSITIVE_AGE). */
export function givesAge(text: string): boolean {
  return AGE.test(text) || APPOSITIVE_AGE.test(text);
}
