import { AUXILIARY_VERBS } from '../text/auxiliaries.ts';
import { PHRASAL_PARTICLES } from '../text/lightWords.ts';
import { pastTense, thirdPersonSingular } from '../text/inflectVerb.ts';
import { IRREGULAR_VERB_FORMS } from '../text/thesaurus.ts';

/**
 * The main predicate of a question whose answer is a part of that event: its agent ("Which country drafted the
 * resolution?", "Who will lead the force?"), its object ("Who did Rubio meet?"), its time ("When was the ceasefire
 * broken?") or its count ("How many peacekeepers have been killed?"). A passage answers only if it tells of that
 * event, so the predicate (or a word of its family) must stand in it.
 */
export interface QuestionPredicate {
  /** The predicate as the user wrote it ("drafted", "lead", "broken"). */
  surface: string;
  /** Where it starts in the question text. */
  offset: number;
  /** The question as an indirect question, for a refusal reason ("which country drafted the resolution"). */
  indirect: string;
  /**
   * For an aspectual predicate (see ASPECTUAL) after a named subject, the subject's last word: the event whose
   * timing is asked ("operations" in "when could the operations start").
   */
  eventNoun?: string;
}

/** Auxiliaries that carry a question's tense before its predicate; "wuld" and "wil" are common slips. */
const AUXILIARIES = new Set([...AUXILIARY_VERBS, 'wuld', 'wil']);
/** Auxiliaries after which the question's subject stands before the predicate ("who did Rubio meet"). */
const DO_SUPPORT = new Set(['did', 'does', 'do']);
/** Words between an auxiliary and the predicate that are not it ("has not been", "will be"). */
const PASSIVE_OR_NEGATION = new Set(['not', 'been', 'be', 'being', 'never', 'already', 'ever', 'yet', 'also', 'still', 'first', 'finally']);
/** Copulas: "who is the X" asks for an attribute (see questionFrame), not the agent of an event. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Most words of a "which X" phrase before its predicate ("which Pakistani minister met"). */
const MAX_WH_NOUN_WORDS = 3;
/** Auxiliaries of the perfect: the predicate after them is a participle ("has refused"), else "has" is the verb ("has kids"). */
const PERFECT = new Set(['has', 'have', 'had']);
/**
 * Words that carry a verb after "to" rather than being the event ("supposed to start", "going to send", "used to
 * have"): general English raising and planning words. Such a question is not checked: it asks of a plan, which a
 * story words as a timeline or a schedule as often as with the verb.
 */
const CARRIERS = new Set(['supposed', 'going', 'expected', 'set', 'due', 'able', 'used', 'about', 'likely', 'meant', 'scheduled', 'planned', 'slated', 'poised']);
/**
 * Aspectual and occurrence verbs: they ask of the timing or fact of an event their subject names ("when could the
 * operations start", "when did the talks begin"), and a story dates the event by its noun ("operations in early
 * 2026"), so the verb need not stand in a paragraph that names the event. General English, in every form.
 */
const ASPECTUAL = new Set([
  ...['start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'begun', 'beginning'],
  ...['commence', 'commences', 'commenced', 'end', 'ends', 'ended', 'finish', 'finishes', 'finished'],
  ...['stop', 'stops', 'stopped', 'cease', 'ceases', 'ceased', 'continue', 'continues', 'continued'],
  ...['resume', 'resumes', 'resumed', 'happen', 'happens', 'happened', 'occur', 'occurs', 'occurred'],
]);
/** Determiners: the word after one is a noun, not the predicate ("the moment"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'each', 'every']);
/** English prepositions: one opens a noun's modifier ("the talks between the union and…") or an adverbial. General English. */
const PREPOSITIONS = new Set([
  ...['at', 'in', 'on', 'for', 'by', 'with', 'from', 'since', 'until', 'during', 'after', 'before', 'over', 'into'],
  ...['per', 'within', 'under', 'of', 'between', 'to', 'against', 'about', 'among'],
]);
/**
 * Prepositions whose phrase at a question's end is read as the noun's, not as a closing adverbial: "of", "between",
 * "among", "about" and "against" modify the noun before them ("the fighting among the clans"), "to" is also the
 * infinitive's mark ("plan to travel"). General English.
 */
const NOUN_PREPOSITIONS = new Set(['of', 'between', 'to', 'against', 'about', 'among']);
/** Prepositions that open a closing adverbial ("at the moment", "per month", "in total", "by 2026"). */
const ADVERBIAL_PREPOSITIONS = new Set([...PREPOSITIONS].filter((p) => !NOUN_PREPOSITIONS.has(p)));
/** A preposition with the spaces around it, where a subject's head noun ends. */
const MODIFIER_START = new RegExp(String.raw`\s+(?:${[...PREPOSITIONS].join('|')})\s+`, 'i');
/** Longest closing adverbial set aside after a preposition ("at the present moment"): set by hand. */
const MAX_ADVERBIAL_WORDS = 3;
/**
 * Verbs of attribution: "which outlet does the piece cite", "who reported it". A story words its sourcing as
 * "according to", "said" or a dateline as often as with the verb, so the verb is not checked. General English.
 */
const ATTRIBUTION = new Set(['cite', 'cites', 'cited', 'quote', 'quotes', 'quoted', 'report', 'reports', 'reported', 'attribute', 'attributes', 'attributed', 'source', 'sourced']);
/**
 * Question words that ask for a circumstance of the event (its time, its place, its cause) rather than one of its
 * parts: the subject stands between the auxiliary and the predicate ("when was the ceasefire broken", "why did Rubio
 * resign", "where was the ballot held").
 */
const ADVERBIAL_SLOTS: ReadonlySet<string> = new Set(['when', 'where', 'why']);
/**
 * Participles that only say where a thing is ("where is the plant located"): a story gives the place with "in" or
 * "based in" as often as with the verb, so they are not checked. General English.
 */
const LOCATIVE_PARTICIPLES: ReadonlySet<string> = new Set(['located', 'situated', 'based', 'headquartered', 'found', 'placed', 'positioned', 'sited', 'housed', 'kept', 'stationed']);
/**
 * Participles of regard and naming ("why is Pakistan seen as a candidate", "why was it called…"): with the copula
 * they say what something is taken to be, not an event, so they are not checked. General English.
 */
const REGARD_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['seen', 'considered', 'regarded', 'viewed', 'deemed', 'thought', 'believed', 'known', 'called', 'named', 'described'],
  ...['perceived', 'rated', 'ranked', 'labelled', 'labeled', 'expected', 'said', 'reported', 'supposed', 'used'],
]);
/** Shortest word read as a predicate: shorter ones are particles and slips. */
const MIN_PREDICATE_LENGTH = 3;


interface Token {
  text: string;
  lower: string;
  offset: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), offset: m.index }));
}

/** A word that reads as a past verb: "-ed" or an irregular past ("wrote", "met", "broken"). */
function looksPast(lower: string): boolean {
  return /\p{L}{2}ed$/u.test(lower) || Object.hasOwn(IRREGULAR_VERB_FORMS, lower);
}

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Reads the main predicate of an agent, object, time or count question (see QuestionPredicate); undefined for
 * other questions ("what is…", "who is the X of Y", "what did X say"), which other checks cover.
 */
export function questionPredicate(text: string): QuestionPredicate | undefined {
  const body = text.replace(/[?.!\s]+$/, '');
  const words = tokens(body);
  const first = words[0]?.lower;
  if (first === undefined || words.length < 3) return undefined;
  const rest = (from: Token) => body.slice(from.offset);
  let at = 1;
  let slot: string;
  if (first === 'who' || first === 'whom') slot = 'who';
  else if (first === 'which' || first === 'wich') {
    // "which country drafted", "which countries have refused": the noun phrase ends at an auxiliary or a past verb.
    let end = 1;
    while (end < words.length && end <= MAX_WH_NOUN_WORDS && !AUXILIARIES.has(words[end]!.lower) && !looksPast(words[end]!.lower)) end++;
    if (end === 1 || end >= words.length || end > MAX_WH_NOUN_WORDS) return undefined;
    slot = body.slice(0, words[end]!.offset).trim().replace(/^wich\b/i, 'which');
    at = end;
  } else if (ADVERBIAL_SLOTS.has(first)) slot = first;
  else if (first === 'how' && /^(?:many|much)$/.test(words[1]!.lower)) {
    let end = 2;
    while (end < words.length && end <= MAX_WH_NOUN_WORDS + 1 && !AUXILIARIES.has(words[end]!.lower)) end++;
    if (end >= words.length || end > MAX_WH_NOUN_WORDS + 1) return undefined;
    slot = body.slice(0, words[end]!.offset).trim();
    at = end;
  } else return undefined;
  slot = slot.charAt(0).toLowerCase() + slot.slice(1);
  const word = words[at]!;
  if (!AUXILIARIES.has(word.lower)) {
    // "who drafted the resolution", "which country vetoed it": the predicate follows the wh-phrase.
    if (ADVERBIAL_SLOTS.has(slot) || slot.startsWith('how') || !looksPast(word.lower)) return undefined;
    return predicate(word, `${slot} ${rest(word)}`);
  }
  const auxiliary = word;
  let next = at + 1;
  while (next < words.length && PASSIVE_OR_NEGATION.has(words[next]!.lower)) next++;
  const after = words[next];
  if (after === undefined) return undefined;
  // "who/which X has refused", "who will lead", "how many have been killed": no subject between.
  const subjectFirst = DO_SUPPORT.has(auxiliary.lower) || capitalised(after) || /^(?:the|a|an|his|her|its|their|this|that|these|those)$/.test(after.lower);
  if (!subjectFirst && !ADVERBIAL_SLOTS.has(slot)) {
    // "which missions are cited…", "who was asked…": the wh-phrase names the passive's patient, and what a thing is
    // called, counted as or used for is worded freely; only "have been killed" and the like are checked.
    if (COPULAS.has(auxiliary.lower)) return undefined;
    if (PERFECT.has(auxiliary.lower) && !looksPast(after.lower) && words[next - 1] === auxiliary) return undefined;
    const verb = carried(words, next);
    return verb && predicate(verb, `${slot} ${rest(auxiliary)}`);
  }
  // "who did Rubio meet", "when was the ceasefire broken", "when did Israel and Hamas sign a treaty".
  return invertedPredicate(words, at, slot, body);
}

/** Personal pronouns that are a whole subject ("why did they…"). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** The predicate after a subject: "when was the ceasefire broken" → "broken", "when the ceasefire was broken". */
function invertedPredicate(words: readonly Token[], at: number, slot: string, body: string): QuestionPredicate | undefined {
  const auxiliary = words[at]!;
  const subjectStart = words[at + 1]!;
  let verbAt: number;
  if (COPULAS.has(auxiliary.lower)) {
    // "who was the most influential researcher…": a copula question about an attribute (see questionFrame).
    if (!ADVERBIAL_SLOTS.has(slot)) return undefined;
    // A passive: the predicate is the participle, the question's last past word ("when was the ceasefire broken").
    verbAt = words.findLastIndex((t, i) => i > at + 1 && looksPast(t.lower));
    const participle = words[verbAt]?.lower ?? '';
    if (slot !== 'when' && (REGARD_PARTICIPLES.has(participle) || LOCATIVE_PARTICIPLES.has(participle))) return undefined;
  } else if (slot === 'where') {
    // "where did France focus its efforts", "where does the city stand": an active "where" asks of a place the
    // story words freely ("concentrated on North Africa", "ranks third"); only a passive's event is checked.
    return undefined;
  } else if (capitalised(subjectStart)) {
    // A named subject ("did Israel and Hamas sign", "did Rubio meet"): the first lowercase word after the names.
    verbAt = words.findIndex((t, i) => i > at + 1 && !capitalised(t) && !/^(?:and|of|the)$/.test(t.lower));
  } else if (SUBJECT_PRONOUNS.has(subjectStart.lower)) {
    // "why did they open talks": a pronoun is the whole subject.
    verbAt = at + 2;
  } else {
    // "when does the UN mandate for the ISF expire": a noun phrase subject; only a verb closing the question is sure,
    // once a closing adverbial is set aside ("…employ at the moment", "…earn per month").
    verbAt = beforeAdverbial(words, at + 2);
    // After "do", "does" or "did" the verb is bare: a closing word in "-s" is a noun ("why did china contribute
    // troops", a name written in lower case), and one after "to" an infinitive ("decide to abstain"); the verb is unsure.
    const closing = words[verbAt];
    if (closing && DO_SUPPORT.has(auxiliary.lower) && (/[^su]s$/.test(closing.lower) || words[verbAt - 1]?.lower === 'to')) return undefined;
  }
  const verb = verbAt < 0 ? undefined : carried(words, verbAt);
  if (verbAt <= at + 1 || verb === undefined || verb.lower.length < MIN_PREDICATE_LENGTH || capitalised(verb)) return undefined;
  // "why did the judge say a penalty was needed": an auxiliary inside the subject opens a clause of its own, whose
  // verb is not the question's.
  if (words.slice(at + 1, verbAt).some((t) => AUXILIARIES.has(t.lower))) return undefined;
  const subject = body.slice(subjectStart.offset, verb.offset).trim();
  const tail = body.slice(verb.offset + verb.text.length);
  const finite = finiteVerb(auxiliary.lower, verb.lower);
  return predicate(verb, `${slot} ${subject} ${finite}${tail}`, subject);
}

/**
 * Where the verb closing a question stands once a closing adverbial is set aside ("does the port employ at the
 * moment" → "employ"); -1 when the closing word follows a determiner, so it is a noun.
 */
function beforeAdverbial(words: readonly Token[], from: number): number {
  let end = words.length - 1;
  const preposition = words.findLastIndex((t, i) => i > from && i >= end - MAX_ADVERBIAL_WORDS && i < end && ADVERBIAL_PREPOSITIONS.has(t.lower));
  if (preposition > 0) end = preposition - 1;
  // "why did the talks break down": the verb stands before its particle.
  if (PHRASAL_PARTICLES.has(words[end]!.lower) && end - 1 >= from) end -= 1;
  return DETERMINERS.has(words[end - 1]?.lower ?? '') || ADVERBIAL_PREPOSITIONS.has(words[end]!.lower) ? -1 : end;
}

/** The verb as the indirect question says it: "did meet" → "met", "does expire" → "expires", "was broken" → "was broken". */
function finiteVerb(auxiliary: string, verb: string): string {
  if (auxiliary === 'did') return pastTense(verb);
  if (auxiliary === 'does') return thirdPersonSingular(verb);
  if (auxiliary === 'do') return verb;
  // A slip in the auxiliary ("wuld") is mended with the rest of the question (see predicate).
  return `${auxiliary} ${verb}`;
}

/** The word at `at`, or undefined for a carrier word before "to" ("supposed to start", see CARRIERS). */
function carried(words: readonly Token[], at: number): Token | undefined {
  const word = words[at]!;
  return CARRIERS.has(word.lower) && words[at + 1]?.lower === 'to' ? undefined : word;
}

function predicate(word: Token, indirect: string, subject?: string): QuestionPredicate | undefined {
  if (word.lower.length < MIN_PREDICATE_LENGTH || ATTRIBUTION.has(word.lower)) return undefined;
  const mended = indirect.replace(/\bwuld\b/g, 'would').replace(/\bwil\b/g, 'will');
  const found: QuestionPredicate = { surface: word.text, offset: word.offset, indirect: mended.replace(/\s+/g, ' ').trim() };
  // The head noun ends the subject before any prepositional phrase ("the talks between the union and…" → "talks").
  const head = subject?.split(MODIFIER_START)[0];
  const eventNoun = head?.match(/(\p{L}+)\W*$/u)?.[1]?.toLowerCase();
  if (eventNoun !== undefined && ASPECTUAL.has(word.lower)) found.eventNoun = eventNoun;
  return found;
}
