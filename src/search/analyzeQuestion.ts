import { analyzeText, termOf } from '../text/analyze.ts';
import { isMisspeltOrdinaryWord, wordKind, type WordKind } from '../text/englishWords.ts';
import { questionAnswerType, type AnswerType } from '../text/answerTypes.ts';
import { QUESTION_STOP_WORDS, STOP_WORDS } from '../text/stopWords.ts';
import { ACTOR_ONLY_CAPITALS, CAPITAL_CITIES, IN_CHARGE_TITLES, IN_CHARGE_VERBS, SYNONYM_GROUPS } from '../text/thesaurus.ts';
import { foldWord } from '../text/tokenize.ts';
import { measureUnitsOf } from '../text/amounts.ts';
import { americanSpelling, wordVariants } from '../text/wordVariants.ts';
import { blankDocumentReferences } from '../text/documentReferences.ts';
import { blankAnswerForm } from '../text/answerForm.ts';
import { countryNamesOf } from '../text/demonyms.ts';
import { ordinalVersion } from '../text/numberWords.ts';
import { clippedTerm, MIN_CLIPPED_PART, uniqueStartTerm } from './clippedTerms.ts';
import { nounSynonyms, personNounSynonyms } from '../text/nounSynonyms.ts';
import { writtenPhraseSynonyms } from './phraseSynonyms.ts';
import { repairCommonWordTypos } from '../text/commonWordTypos.ts';
import { NEGATION } from '../text/negation.ts';
import { ADVERB_PARTICLES, isLightWord, LIGHT_VERBS, PREPOSITION_PARTICLES } from '../text/lightWords.ts';
import { phrasalSynonyms } from '../text/verbSynonyms.ts';
import { frameQuestion, GENERIC_HEADS, isIdentityAttribute, type QuestionFrame } from './questionFrame.ts';
import type { PassageIndex } from './passageIndex.ts';

/** A word of the question as it will be searched. */
export interface QueryWord {
  /** The word as the user wrote it. */
  surface: string;
  /** Where it starts in the question (as searched, after typo repair). */
  offset: number;
  /** Its index term as written. */
  term: string;
  /** The index terms that stand for it in the corpus, with their weights: itself, a typo repair, synonyms, an acronym's long form. */
  alternatives: Map<string, number>;
  /** Capitalized (not first in the question), an acronym, or known as a proper noun: a name the story must mention to answer. */
  isName: boolean;
  /** For a word the corpus lacks: what general English knows of it. */
  kind?: WordKind;
  numeric: boolean;
  /** How much the word says: its IDF in the corpus (the highest when the corpus lacks it). */
  idf: number;
  /** No alternative exists in the corpus. */
  missing: boolean;
  /**
   * For a word the corpus lacks, the corpus terms of its WordNet synonyms ("judge" → "justic"), with their weight
   * (RELATED_WEIGHT): they help rank paragraphs, but the word stays missing for the verifier (see relatedTerms).
   */
  related?: ReadonlyMap<string, number>;
  /**
   * A person noun ("reporter", "writer") the corpus has only as other words of its stem ("report", "write"):
   * found by the search, but not the person asked after.
   */
  onlyStemMate?: true;
  /**
   * Alternatives that stand for the word only as part of a phrase the story writes ("GPs" → "family doctors", see
   * writtenPhraseSynonyms): each such term → the phrases (index terms in order) it must stand in, whole.
   */
  phrases?: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A word's alternatives that stand for it alone, not only inside a phrase (QueryWord.phrases): what a bare term there shows. */
export function wholeAlternatives(word: QueryWord): string[] {
  return [...word.alternatives.keys()].filter((t) => !word.phrases?.has(t));
}

/** A noun for a person and the word it is made from ("reporter" → "report", "writers" → "write"). */
const PERSON_NOUN = /^(\p{L}{3,}?)(e?)(?:er|or|ist)(s?)$/u;

/**
 * Whether the corpus has a person noun ("reporter") only as the word it is made from ("report"): the corpus
 * lacks the noun and its plural or singular, and has the base word itself.
 */
function isOnlyStemMate(normal: string, index: PassageIndex): boolean {
  const parts = PERSON_NOUN.exec(normal);
  if (!parts) return false;
  const singular = normal.replace(/s$/, '');
  if ([normal, singular, `${singular}s`].some((w) => index.vocabulary.has(w))) return false;
  return [parts[1]! + parts[2]!, `${parts[1]!}${parts[2]!}e`].some((w) => index.vocabulary.has(w));
}

/** A question ready for ranking. */
export interface AnalyzedQuestion {
  text: string;
  words: QueryWord[];
  answerType: AnswerType;
  /** Folded forms of every word of the question, to tell new facts from repeated ones. */
  questionWords: ReadonlySet<string>;
  /**
   * The question only asks what or who something is ("What is the ISF?", "Who is Andrabi?"), or what a named
   * one is called or does ("what's Rubio's job title", "Andrabi's first name"): where news first names someone, it
   * gives their full name and title.
   */
  definitional: boolean;
  /** For a definitional question, the indexes of the words that name what it asks about (all of "who is X"; X of "X's title"). */
  definedWords: readonly number[];
  /** What the question asks for: its focus, and for "what did X say" its speaker. */
  frame: QuestionFrame;
  /** The question is put in the negative ("which is not…", "what cannot…"): the answer must be too. */
  negated: boolean;
}

// "What is X?", "Who was X?", "What does X stand for / mean?", "Tell me about X", "X?"
const DEFINITIONAL = /^(?:(?:what|who)(?:'s|’s|\s+(?:is|are|was|were))\s+|what\s+does\s+|tell\s+me\s+about\s+)?(?:the\s+|an?\s+)?([^?]+?)(\s+(?:stand\s+for|mean|refer\s+to))?\s*\??$/i;

const synonymsByTerm = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const terms = group.map((w) => termOf(w));
  for (const term of terms) synonymsByTerm.set(term, [...(synonymsByTerm.get(term) ?? []), ...terms.filter((t) => t !== term)]);
}
// One way only: a country asked about is found where its capital stands for it ("Russia" → "Moscow believes"),
// but a capital asked about is a city ("visit Islamabad"), not the whole country.
for (const [capital, country] of CAPITAL_CITIES) synonymsByTerm.set(termOf(country), [...(synonymsByTerm.get(termOf(country)) ?? []), termOf(capital)]);
/** A capital's country by the capital's folded name (CAPITAL_CITIES, ACTOR_ONLY_CAPITALS). */
const COUNTRY_OF_CAPITAL = new Map([...CAPITAL_CITIES, ...ACTOR_ONLY_CAPITALS].map(([capital, country]) => [capital, country]));

/** An acronym's plural ("GPs", "MPs"): capitals and a lower-case "s", which the acronym check leaves out. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * Words before a capital that make it the city, not its government: a place preposition or a verb of going ("in
 * Islamabad", "flew to Washington", "visit Moscow", "the streets of Paris").
 */
const CITY_BEFORE = /\b(?:in|to|from|at|near|outside|inside|into|around|across|via|through|towards?|of|visit\w*|arriv\w*|reach\w*|flew|fly|flies|flown|travel\w*|return\w*|based|city)\s+$/iu;

/** A question about a place ("where…"): a capital in it is a city. */
const WHERE_QUESTION = /^\s*where\b/iu;

/**
 * Whether a capital at `offset` in the question stands for its country's government, as news writes it ("Islamabad's
 * position", "does Washington hope", "thanking Islamabad"), rather than for the city ("in Islamabad", "where is…").
 */
function capitalAsGovernment(text: string, offset: number): boolean {
  return !WHERE_QUESTION.test(text) && !CITY_BEFORE.test(text.slice(0, offset));
}

/** "Who runs…", "who heads…": a question opening with "who" and a verb (see IN_CHARGE_VERBS, checked on the word). */
const IN_CHARGE_QUESTION = /^who\s+(?:(?:currently|now)\s+)?\p{L}+/iu;

/**
 * Weight of a word found only through a synonym, an acronym's expansion, a typo repair, or (inCharge) the title of
 * whoever holds the office a "who runs X" question asks after: the title is what that question asks, so it weighs as
 * the word itself (at the synonym weight, the paragraph naming X outranked the one naming its chair).
 */
export const EXPANSION_WEIGHTS = { synonym: 0.5, acronym: 0.9, typo: 0.8, variant: 0.8, clipping: 0.8, inCharge: 1 };

/**
 * Weight of a WordNet synonym of a word the corpus lacks, in ranking only (QueryWord.related). Set on npm run tune's
 * cross-validated hit@1 (ranking only), 7 Dec 2026: 92.9% without; 93.0% at 0.25 (with verb synonyms too, 93.1% at
 * 0.25 and 0.3; 0.4 ranked one more near-miss paraphrase wrong).
 */
export const RELATED_WEIGHT = 0.25;

/**
 * Noun senses whose synonyms count as related (nounSynonyms), WordNet's most frequent first: two, as for verbs (one
 * sense gave 93.0%, two 93.1%). Verb synonyms are left out: a verb's senses lead far ("lead" → "leave", "result"),
 * and with them the bench answered one more near-miss and refused one more off-corpus question less.
 */
export const RELATED_SENSES = 2;

/**
 * The corpus terms of a missing word's one-word WordNet noun synonyms ("judge" → "justice", "lawsuit" → "case"), at
 * RELATED_WEIGHT; undefined when the corpus has none. Kept apart from the word's alternatives: as alternatives they
 * let the verifier take a loose synonym for the word asked (XQuAD answerable refusals rose 17 → 19 and near-misses
 * answered 10 → 15).
 */
function relatedTerms(normal: string, index: PassageIndex): Map<string, number> | undefined {
  let related: Map<string, number> | undefined;
  for (const synonym of nounSynonyms(normal, RELATED_SENSES)) {
    if (/[\s-]/.test(synonym)) continue;
    const term = termOf(synonym);
    if (index.has(term)) (related ??= new Map()).set(term, RELATED_WEIGHT);
  }
  return related;
}

/** Longest index term checked for meeting only an acronym: acronyms a stem can collide with are short ("US", "UN"). */
const MAX_ACRONYM_STEM = 3;

/** Farthest a misplaced letter is moved back when repairing a name ("ghandi" → "gandhi" moves the "h" by two). */
const MAX_LETTER_MOVE = 3;

/** Shortest acronym whose typos are repaired ("ARPNET" → "ARPANET"); shorter ones are too close to others. */
const MIN_TYPO_ACRONYM = 5;

/** Longest question text analyzed; longer input is cut (it is still answered). */
export const MAX_ANALYZED_LENGTH = 1000;

/** Turns a question into weighted query words against one index: typo repair, synonyms, acronyms both ways. */
export function analyzeQuestion(raw: string, index: PassageIndex): AnalyzedQuestion {
  const text = cleanQuestion(raw);
  // "acc to the piece", "what does the article say": the question's pointers at the story are not its subject, nor
  // are the words asking for the answer's form ("in one word", "sum up").
  const framed = blankAnswerForm(blankDocumentReferences(text)).replace(/\s+/g, ' ').replace(/^[\s,;:]+/, '').trim();
  // Misspelt common words ("wat did rubio sai") are read as meant; every other word is searched as typed.
  // A word the corpus has in full ("intl" for international) is a shortening, not a slip of "into".
  const searched = repairCommonWordTypos(framed, (folded) => index.vocabulary.has(folded) || (wordKind(folded) !== 'ordinary' && clippedTerm(folded, index) !== undefined));
  const analyzed = analyzeText(searched, QUESTION_STOP_WORDS);
  const inChargeQuestion = IN_CHARGE_QUESTION.test(searched);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  analyzed.forEach((token, position) => {
    if (seen.has(token.term) || (token.compound && !index.has(token.term))) return;
    seen.add(token.term);
    const alternatives = new Map<string, number>();
    const phrases = new Map<string, (readonly string[])[]>();
    const add = (term: string, weight: number) => {
      if (index.has(term) && (alternatives.get(term) ?? 0) < weight) alternatives.set(term, weight);
    };
    // "use" stems to "us", as the acronym US does: a word meets its term only where the corpus writes it as a word.
    if (token.acronym || !stemMeetsOnlyAcronym(token, index)) add(token.term, 1);
    // What general English knows of the word: looked up at most once, and only for words the corpus lacks.
    let generalKind: WordKind | undefined;
    const kindOfWord = () => (generalKind ??= wordKind(token.normal));
    if (!token.numeric && !token.acronym) {
      for (const variant of wordVariants(token.normal)) {
        const term = index.vocabulary.get(variant);
        if (term) add(term, EXPANSION_WEIGHTS.variant);
      }
      // "the Americans", where the story never writes the word, are found where it names their country ("US").
      // Only then: on XQuAD "French" finding "France" too moved one answer to a paragraph about France.
      if (alternatives.size === 0) for (const country of countryNamesOf(token.normal)) add(analyzeText(country)[0]?.term ?? '', EXPANSION_WEIGHTS.variant);
      // A British spelling the corpus lacks finds the American one in any of its forms ("favoured" → "favor", "favorable").
      const american = alternatives.size === 0 ? americanSpelling(token.normal) : token.normal;
      if (american !== token.normal) add(termOf(american), EXPANSION_WEIGHTS.variant);
    }
    // A decade by its last two digits ("the 80s", "'90s") stands for the full year the corpus writes ("1980s").
    if (token.numeric && /^\d0$/.test(token.normal) && /^['’]?s\b/.test(searched.slice(token.offset + token.surface.length))) {
      for (const century of ['19', '20']) add(`${century}${token.normal}`, EXPANSION_WEIGHTS.variant);
    }
    // "second term" finds "Trump 2.0": the version number an ordinal stands for.
    const version = token.numeric ? undefined : ordinalVersion(token.normal);
    if (version !== undefined) add(version, EXPANSION_WEIGHTS.variant);
    // Words run together ("Superbowl", "UserDatagram", "whatare") stand for their parts.
    if (alternatives.size === 0 && !token.numeric) {
      const parts = splitRunTogether(token.normal, index);
      if (parts?.length === 0) return;
      for (const part of parts ?? []) add(part, EXPANSION_WEIGHTS.variant);
    }
    // A shortened word ("admin", "govt", "intl") stands for the corpus word it shortens; an ordinary word is itself.
    if (alternatives.size === 0 && !token.numeric && !token.acronym && !token.capitalized && kindOfWord() !== 'ordinary') {
      const long = clippedTerm(token.normal, index);
      if (long) add(long, EXPANSION_WEIGHTS.clipping);
    }
    // An ordinary English word the corpus lacks is a different word, not a typo of a corpus word; long
    // acronyms can be mistyped too ("ARPNET").
    if (alternatives.size === 0 && !token.numeric && (!token.acronym || token.normal.length >= MIN_TYPO_ACRONYM) && kindOfWord() !== 'ordinary') {
      const repaired = repairTypo(token.normal, index, token.capitalized);
      if (repaired) add(repaired, EXPANSION_WEIGHTS.typo);
    }
    for (const synonym of synonymsByTerm.get(token.term) ?? []) add(synonym, EXPANSION_WEIGHTS.synonym);
    // "How heavy was it", "at what altitude": the word of measure is found where the story gives the figure's unit.
    for (const unit of measureUnitsOf(searched, token.normal)) add(termOf(unit), EXPANSION_WEIGHTS.synonym);
    // "Islamabad's position", "does Washington hope": news names a government by its seat, so the country stands for
    // the capital too; a capital as a place ("visit Islamabad", "where in Washington") stays a city.
    const country = COUNTRY_OF_CAPITAL.get(token.normal);
    if (country !== undefined && capitalAsGovernment(searched, token.offset)) add(termOf(country), EXPANSION_WEIGHTS.synonym);
    // A person noun the corpus lacks finds its WordNet synonyms the corpus writes ("judge" → "justice", "boss" →
    // "chief"), as words: a stem they share with others would find those too ("medication" → "medic", as "medical" is).
    if (alternatives.size === 0 && !token.numeric && !token.acronym && !token.capitalized && kindOfWord() === 'ordinary') {
      for (const synonym of personNounSynonyms(token.normal)) {
        const term = index.vocabulary.get(synonym) ?? index.vocabulary.get(`${synonym}s`);
        if (term !== undefined) add(term, EXPANSION_WEIGHTS.synonym);
      }
    }
    // "who runs the council": the holder of its top office, named by title ("council leader").
    if (position === 0 && inChargeQuestion && IN_CHARGE_VERBS.has(token.normal)) for (const title of IN_CHARGE_TITLES) add(termOf(title), EXPANSION_WEIGHTS.inCharge);
    const longForm = token.acronym ? index.acronyms.get(token.surface.toUpperCase()) : undefined;
    const longTerms = longForm ? analyzeText(longForm).map((t) => t.term) : [];
    // The long form stands in only when the corpus has all of it ("UAE" is not found by "Arab" alone).
    if (longTerms.length > 0 && longTerms.every((t) => index.has(t))) {
      for (const t of longTerms) add(t, EXPANSION_WEIGHTS.acronym);
    }
    // "GPs" where the story writes "family doctors": a noun the corpus lacks finds a WordNet synonym or kind it writes
    // as a phrase (all its words, one after the other), as the synonym it is; a name other than an acronym (or an
    // acronym's plural) has none.
    if (alternatives.size === 0 && !token.numeric && (token.acronym || !token.capitalized || PLURAL_ACRONYM.test(token.surface))) {
      // "solar arrays" where the story writes "solar panels": the word and the one before it may be one WordNet noun.
      const before = analyzed[position - 1];
      const joined = before && /^\s+$/.test(searched.slice(before.offset + before.surface.length, token.offset)) ? [`${before.normal}_${token.normal}`] : [];
      for (const terms of [token.normal, ...joined].flatMap((noun) => writtenPhraseSynonyms(noun, index))) {
        for (const term of terms) {
          add(term, EXPANSION_WEIGHTS.synonym);
          phrases.set(term, [...(phrases.get(term) ?? []), terms]);
        }
      }
    }
    const missing = alternatives.size === 0;
    // A word naming the kind of answer ("name", "year") is found through its filler, not a synonym.
    const related = missing && !token.numeric && !token.acronym && !token.capitalized && !GENERIC_HEADS.has(token.normal) ? relatedTerms(token.normal, index) : undefined;
    const onlyStemMate = !missing && isOnlyStemMate(token.normal, index);
    const kind = missing && !token.numeric && !token.acronym ? kindOfWord() : undefined;
    words.push({
      surface: token.surface,
      offset: token.offset,
      term: token.term,
      alternatives,
      isName:
        token.acronym ||
        (token.capitalized && (position > 0 || token.offset > 0 || index.names.has(token.normal))) ||
        // "why did india abstain": a name the corpus always capitalizes is one however it is typed.
        (index.isProperName(token.normal) && kindOfWord() !== 'ordinary') ||
        kind === 'name' ||
        // A long word general English does not know is a name, unless it is a misspelt ordinary word.
        (kind === 'unknown' && token.normal.length >= 6 && (token.capitalized || !isMisspeltOrdinaryWord(token.normal))),
      ...(kind !== undefined && { kind }),
      numeric: token.numeric,
      idf: index.idf(token.term),
      missing,
      ...(related && { related }),
      ...(onlyStemMate && { onlyStemMate: true as const }),
      ...(phrases.size > 0 && { phrases }),
    });
  });
  addAcronymsOfLongForms(searched, words, index);
  joinSplitNames(searched, words, index);
  addPhrasalSynonyms(searched, words, index);
  const definition = DEFINITIONAL.exec(searched);
  // "What does X stand for?" asks about X alone: the framing verb is not part of the subject.
  const subject = definition?.[2] ? words.filter((w) => !/^(stand|mean|refer)$/i.test(w.surface)) : words;
  const frame = frameQuestion(searched);
  const defined = definedWords(subject, frame, definition !== null);
  return {
    text,
    words: subject,
    answerType: questionAnswerType(searched),
    questionWords: new Set(analyzed.map((t) => t.normal)),
    definitional: defined.length > 0,
    definedWords: defined,
    frame,
    negated: isNegated(searched),
  };
}

/** Most names a definitional question's subject holds ("Tahir Hussain Andrabi" and one more). */
const MAX_DEFINED_NAMES = 4;

/**
 * Fewest letters of a run-together part looked up in the corpus vocabulary: a shorter part is a function word
 * (STOP_WORDS) or a fragment that matches too many words ("superbowl" splits as super + bowl, not su + perbowl).
 */
const MIN_LOOKED_UP_PART = 3;

/**
 * The words naming what a definitional question asks about: all of them when they are names ("who is
 * Andrabi"), or the names beside an identity attribute asked of them ("rubio's job title"); else none.
 */
function definedWords(words: readonly QueryWord[], frame: QuestionFrame, definition: boolean): number[] {
  const all = words.map((_, i) => i);
  if (!definition || words.length === 0) return [];
  if (words.length <= MAX_DEFINED_NAMES && words.every((w) => w.isName)) return all;
  const focus = frame.focus;
  if (focus?.role !== 'attribute' || !isIdentityAttribute(focus.head)) return [];
  const focusTerms = new Set(focus.terms);
  const named = all.filter((i) => !focusTerms.has(words[i]!.term));
  return named.length > 0 && named.length <= MAX_DEFINED_NAMES && named.every((i) => words[i]!.isName) ? named : [];
}

/**
 * The corpus terms of a word typed run together: two parts that are each a corpus word or a function word
 * ("superbowl" → super, bowl; "whatare" → nothing to search). Undefined when no split works.
 */
function splitRunTogether(normal: string, index: PassageIndex): string[] | undefined {
  if (normal.length < 5 || !/^\p{L}+$/u.test(normal)) return undefined;
  for (let k = 2; k <= normal.length - 2; k++) {
    const halves = [normal.slice(0, k), normal.slice(k)];
    const known = halves.map((h) => (STOP_WORDS.has(h) ? '' : h.length >= MIN_LOOKED_UP_PART ? index.vocabulary.get(h) : undefined));
    if (known.every((t) => t !== undefined)) return known.filter((t): t is string => t !== '');
  }
  // A clipped first part before a whole word ("mideast" → middle, east): the start of one corpus word only.
  for (let k = MIN_CLIPPED_PART; k <= normal.length - MIN_LOOKED_UP_PART; k++) {
    const rest = index.vocabulary.get(normal.slice(k));
    const start = rest === undefined ? undefined : uniqueStartTerm(normal.slice(0, k), index);
    if (rest !== undefined && start !== undefined) return [start, rest];
  }
  return undefined;
}

/**
 * Whether a word's index term is, in the corpus, only the term of an acronym the word is not ("use" and "US"
 * both stem to "us"): the corpus writes the term only in capitals and none of the word's inflections.
 */
function stemMeetsOnlyAcronym(token: { normal: string; term: string }, index: PassageIndex): boolean {
  const { normal, term } = token;
  if (term === normal || term.length > MAX_ACRONYM_STEM || !index.isProperName(term)) return false;
  const stem = normal.replace(/e$/, '');
  return ![normal, `${normal}s`, `${normal}d`, `${stem}ed`, `${stem}ing`].some((form) => index.vocabulary.get(form) === term);
}

/**
 * Names split differently from the corpus ("Viet Nam" for "Vietnam") find the joined form, and a first name
 * the corpus lacks before a surname it has ("Graham Twigg" where it says "Twigg") is no longer a missing name.
 */
function joinSplitNames(text: string, words: QueryWord[], index: PassageIndex): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (!/^\s+$/.test(text.slice(a.offset + a.surface.length, b.offset))) continue;
    const joined = index.vocabulary.get(foldWord(a.surface + b.surface));
    if (joined) {
      for (const w of [a, b]) {
        w.alternatives.set(joined, Math.max(w.alternatives.get(joined) ?? 0, EXPANSION_WEIGHTS.variant));
        w.missing = false;
        delete w.kind;
      }
    } else if (a.missing && a.isName && !b.missing && b.isName && /^\p{Lu}/u.test(a.surface) && /^\p{Lu}/u.test(b.surface)) {
      a.isName = false;
    }
  }
}

/**
 * Whether the question itself is put in the negative: a negation in its main clause, not in a relative clause
 * ("who did X support that were not…") nor an alternative ("prime or not").
 */
function isNegated(text: string): boolean {
  // A negation inside a relative clause, "or not", and "no" as the answer given ("vote no", "said no") negate nothing asked.
  const main = text.replace(/\b(?:that|which|who|whom|whose)\b(?:\s+\S+){0,2}?\s+(?:not|never|\S+n['’]t)(?=\s|$)|\bor\s+not\b|\b(?:vot(?:e|es|ed|ing)|say|says|said|saying|answer(?:s|ed)?)\s+no\b/gi, ' ');
  return NEGATION.test(main);
}

/** Strips control characters and collapses whitespace; cuts very long input. */
export function cleanQuestion(raw: string): string {
  return raw
    .slice(0, MAX_ANALYZED_LENGTH * 2)
    // Terminal escape sequences (pasted colours) go whole, not just their ESC byte.
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ANALYZED_LENGTH);
}

/** The corpus word closest to a misspelt one (edit distance 1, or 2 for long words), most frequent first. */
function repairTypo(normal: string, index: PassageIndex, capitalized = false): string | undefined {
  // Short words are too close to other words ("word" → "world") to repair safely.
  if (normal.length < 5 || normal.length > 30 || !/^\p{L}+$/u.test(normal)) return undefined;
  // Swapped neighbours ("ghandi" → "gandhi") count as one slip, though edit distance counts two.
  for (let i = 0; i + 1 < normal.length; i++) {
    const swapped = normal.slice(0, i) + normal[i + 1] + normal[i] + normal.slice(i + 2);
    const term = swapped !== normal ? index.vocabulary.get(swapped) : undefined;
    if (term) return term;
  }
  // A letter typed in the wrong place ("ghandi" → "gandhi") is one slip, though edit distance counts two.
  for (let i = 0; i < normal.length; i++) {
    const without = normal.slice(0, i) + normal.slice(i + 1);
    for (let j = Math.max(0, i - MAX_LETTER_MOVE); j <= Math.min(without.length, i + MAX_LETTER_MOVE); j++) {
      const moved = without.slice(0, j) + normal[i] + without.slice(j);
      const term = moved !== normal ? index.vocabulary.get(moved) : undefined;
      if (term) return term;
    }
  }
  const distance = normal.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; df: number; name: boolean } | undefined;
  for (const [word, [term, d]] of index.fuzzyVocabulary.fuzzyGet(normal, distance)) {
    if (word.length < 5) continue;
    const df = index.documentFrequency.get(term) ?? 0;
    // A capitalised slip is a misspelt name ("Percy Shelly" → Shelley, not "shell"): names win ties of distance.
    const name = capitalized && index.isProperName(word);
    const better = !best || d < best.distance || (d === best.distance && (name !== best.name ? name : df > best.df));
    if (better) best = { term, distance: d, df, name };
  }
  return best?.term;
}

/** An object pronoun a phrasal verb may hold between itself and its particle ("pay it back", "take them back"). */
const OBJECT_PRONOUN = String.raw`(?:\s+(?:it|them|him|her|this|that|these|those))?`;

/**
 * A particle after a word that completes a phrasal verb: an adverb that is seldom a preposition ("go up", "pay
 * back", "step down", "pay it back"), or any particle closing the question ("how long did the debate go on?").
 */
const PHRASAL_PARTICLE = new RegExp(String.raw`^${OBJECT_PRONOUN}\s+(${ADVERB_PARTICLES.join('|')})\b|^\s+(${PREPOSITION_PARTICLES.join('|')})\s*[?.!]*$`, 'i');

/** The word before a particle, past an object pronoun ("take it back"): the verb, when the stop words dropped it. */
const VERB_BEFORE_PARTICLE = new RegExp(String.raw`(?:^|[^\p{L}'’])(\p{L}+)${OBJECT_PRONOUN}\s+$`, 'iu');

/**
 * A phrasal verb of the question ("go back", "step down", "pay back") finds the one-word verbs WordNet gives for it
 * ("return", "resign", "repay"), at the synonym weight: a story words the event with them. They go on its verb, or on
 * its particle when the verb is a light one the stop words drop ("take it back", "give back"). A light verb ("go" of
 * "go on") and a particle standing for its verb weigh no more than those synonyms.
 */
function addPhrasalSynonyms(text: string, words: QueryWord[], index: PassageIndex): void {
  for (const word of words) {
    if (word.isName || word.numeric) continue;
    const particle = PHRASAL_PARTICLE.exec(text.slice(word.offset + word.surface.length));
    const verb = foldWord(word.surface);
    if (particle) addPhrasalVerb(word, verb, (particle[1] ?? particle[2]!).toLowerCase(), index);
    else if (ADVERB_PARTICLES.includes(verb)) {
      const before = VERB_BEFORE_PARTICLE.exec(text.slice(0, word.offset))?.[1];
      const light = before === undefined ? undefined : foldWord(before);
      if (light !== undefined && LIGHT_VERBS.has(light) && !words.some((w) => foldWord(w.surface) === light)) addPhrasalVerb(word, light, verb, index);
    }
  }
}

/**
 * phrasalSynonyms of a verb and particle, and the noun written as the two joined, as alternatives of the question word
 * that stands for the phrasal verb.
 */
function addPhrasalVerb(word: QueryWord, verb: string, particle: string, index: PassageIndex): void {
  const own = foldWord(word.surface);
  // "go" of "go on" means little alone: where a story has it, it is most often in another sense ("will go to the").
  if (isLightWord(own) && word.alternatives.has(word.term)) word.alternatives.set(word.term, EXPANSION_WEIGHTS.synonym);
  // "walk out" finds "walkout", "shut down" "shutdown", "take over" "takeover": English writes the event of a phrasal
  // verb as one noun of verb and particle.
  for (const form of new Set([verb, termOf(verb)])) {
    const joined = index.vocabulary.get(`${form}${particle}`);
    if (joined !== undefined && (word.alternatives.get(joined) ?? 0) < EXPANSION_WEIGHTS.variant) {
      word.alternatives.set(joined, EXPANSION_WEIGHTS.variant);
      word.missing = false;
      delete word.kind;
    }
  }
  for (const synonym of phrasalSynonyms(verb, particle)) {
    const term = termOf(synonym);
    if (synonym === verb || isLightWord(synonym) || !index.has(term) || (word.alternatives.get(term) ?? 0) >= EXPANSION_WEIGHTS.synonym) continue;
    word.alternatives.set(term, EXPANSION_WEIGHTS.synonym);
    word.missing = false;
    delete word.kind;
  }
}

/** When the question spells out a long form the corpus abbreviates, the acronym stands for those words too. */
function addAcronymsOfLongForms(text: string, words: QueryWord[], index: PassageIndex): void {
  for (const { short, longForm } of index.longForms.spelledOut(foldWord(text))) {
    const longTerms = new Set(analyzeText(longForm).map((t) => t.term));
    for (const word of words) {
      if (longTerms.has(word.term) && (word.alternatives.get(short) ?? 0) < EXPANSION_WEIGHTS.acronym) {
        word.alternatives.set(short, EXPANSION_WEIGHTS.acronym);
        word.missing = false;
      }
    }
  }
}
