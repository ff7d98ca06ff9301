import type { WordToken } from './tokenize.ts';

/** The kind of fact a question asks for. */
export type AnswerType = 'date' | 'number' | 'name' | 'place' | 'reason' | 'statement' | 'none';

/** The facts a sentence holds, by kind, as folded words; computed once when the corpus is indexed. */
export interface SentenceFacts {
  dates: string[];
  numbers: string[];
  names: string[];
  givesReason: boolean;
  /** Quotes someone or reports what they said (quotation marks, "said", "stated"). */
  reportsSpeech: boolean;
}

const DATE_WORDS = new Set(
  'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight weekly monthly annual annually century decade'.split(' '),
);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve dozen dozens twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion half percent'.split(' '),
);
const SPEECH = /["“”]|\b(said|says|stated|states|told|announced|added|noted|emphasi[sz]ed|remarked|declared|insisted|argued|claimed|warned|according to)\b/i;
const REASON = /\b(because|due to|owing to|given|since|as a result|so that|in order to|reflects?|caused by|reasons?|thanks to)\b/i;

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
  if (/\bwhat (did|does|do|has|have|had)\b.*\b(say|said|state|tell|told|announce|claim|argue|think|mean)\b|\bhow did .* (respond|react)\b|\bwhat was .* (response|reaction|statement)\b/.test(q)) return 'statement';
  return 'none';
}

/** Collects the dates, numbers and names of one sentence from its word tokens. */
export function sentenceFacts(sentence: string, tokens: readonly WordToken[]): SentenceFacts {
  const facts: SentenceFacts = { dates: [], numbers: [], names: [], givesReason: REASON.test(sentence), reportsSpeech: SPEECH.test(sentence) };
  tokens.forEach((token, i) => {
    const word = token.normal;
    if (DATE_WORDS.has(word) || /^(1\d{3}|20\d{2})s?$/.test(word) || /^\d{1,2}(st|nd|rd|th)$/.test(word)) facts.dates.push(word);
    if (token.numeric || NUMBER_WORDS.has(word)) facts.numbers.push(word);
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
    case 'number':
      return fresh(facts.numbers);
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
