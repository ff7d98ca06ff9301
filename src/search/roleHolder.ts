import { termOf } from '../text/analyze.ts';
import { wordKind } from '../text/englishWords.ts';
import { findNameRuns, isCalendarWord, type NameRun } from '../text/entities.ts';
import { isPersonNoun } from '../text/personNouns.ts';
import { IN_CHARGE_TITLES, IN_CHARGE_VERBS } from '../text/thesaurus.ts';
import { tokenizeWords, type WordToken } from '../text/tokenize.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// Who holds a post ("who is Ireland's finance minister", "who heads the commission"): the answer is a person the
// story names beside the post, with the post's qualifier ("finance", not "agriculture"), and not as another body's
// ("Veldmark's chief executive" is no answer for Brennan's).

/** Most words between a role and the name it belongs to ("Pakistan's prime minister", "president of the union"; set by hand). */
export const ROLE_SPAN = 4;

/**
 * Most words between a post and the person who holds it ("chief executive, Pieter de Wolff,", "Marchetti, the
 * judge who…"): set by hand, the span of an apposition or a title before a name.
 */
const HOLDER_SPAN = 5;

/**
 * Qualifiers that say when a post is held, not which post it is ("the current mayor", "the new chief executive"):
 * a story names the holder without them. General English.
 */
const TENURE_WORDS: ReadonlySet<string> = new Set(['current', 'present', 'new', 'incumbent', 'sitting', 'serving', 'now', 'today'].map((w) => termOf(w)));

/**
 * Qualifiers that place a holder in an order rather than name the post ("the first chair", "the final prime
 * minister", "the secondary companions"): ordinals and ordering adjectives, and superlatives ("the oldest"), which a
 * story words in a sentence of its own ("Its first chair was…"). General English.
 */
const ORDER_WORDS: ReadonlySet<string> = new Set(
  [
    ...['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', 'former', 'previous', 'next', 'late', 'original'],
    ...['founding', 'only', 'sole', 'main', 'primary', 'secondary', 'principal', 'early', 'earliest', 'latest'],
  ].map((w) => termOf(w)),
);

/** A superlative ("oldest", "largest", "youngest"): an ordering adjective too (see ORDER_WORDS). */
const SUPERLATIVE = /\p{L}{2,}est$/u;

/** Whether a word of a post names which post it is, not when it is held or its place in an order (TENURE_WORDS, ORDER_WORDS, SUPERLATIVE). */
function namesPost(word: QueryWord): boolean {
  return !TENURE_WORDS.has(word.term) && !ORDER_WORDS.has(word.term) && !SUPERLATIVE.test(word.surface);
}

/**
 * Verbs that ask who holds a post over a body ("who heads the commission", "who runs the firm", "who founded it"):
 * general English, in the present (the post held now: "who led the expansion" asks of an event, not a post).
 */
const HOLDER_VERB = /^who\s+(?:currently\s+|now\s+)?(heads|leads|runs|chairs|directs|manages|founded|co-founded)\s+(?!by\b)(.+?)\s*[?.!]*$/iu;

/** Share of the information of the body asked about ("the Department of Agriculture's investment fund") a sentence must hold, as the verifier's MAX_ABSENT_NAME_SHARE allows. */
const MIN_OBJECT_SHARE = 0.5;

/** Index terms of the family of each holder verb: a sentence with one of them tells of the post. */
const HOLDER_FAMILY: Readonly<Record<string, readonly string[]>> = {
  head: ['head', 'headed', 'chief'],
  lead: ['lead', 'led', 'leader'],
  run: ['run', 'ran'],
  chair: ['chair', 'chaired', 'chairman', 'chairwoman', 'chairperson'],
  direct: ['direct', 'directed', 'director'],
  manag: ['manage', 'managed', 'manager'],
  found: ['found', 'founded', 'founder', 'co-founded', 'co-founder'],
};

/** "Who is the president of Pakistan?", "who's the chief executive of the Nursing and Midwifery Union", "Who is Israel's prime minister?": a role of a name, nothing more. */
export const ROLE_OF_NAME =
  /^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:of|to|at|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}.-]*)*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*\??$|^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*\??$/u;

/** Y of "who is the X of Y" / "who is Y's X" as the user wrote it ("the US State Department", "Israel"). */
export function ownerText(text: string): string | undefined {
  const of = /\s(?:of|to|at|for|in)\s+((?:the\s+)?[^?]+?)\s*\??$/iu.exec(text)?.[1];
  return of ?? /^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(.+?)['’]s?\s/u.exec(text)?.[1];
}

/** The copula of "who is / are / was / were …" as a reason repeats it ("…who the X of Y were"); "is" for "who's". */
export function copulaOf(text: string): string {
  return /^who\s+(is|are|was|were)\b/iu.exec(text)?.[1]!.toLowerCase() ?? 'is';
}

/**
 * For a question asking who holds a post, the refusal reason when no sentence of the paragraph names a holder
 * beside that post: "who is the X (of Y)" / "who is Y's X" with X a person noun (WordNet; see asksPostOnly) needs a
 * sentence with X, its qualifiers within ROLE_SPAN ("finance minister", not "agriculture minister"; order words
 * aside), a name the question lacks within HOLDER_SPAN, and X not written as another named body's ("Veldmark's chief
 * executive" for Brennan's); "who heads / leads / runs Y" needs a sentence with a person's name and Y or the verb's
 * family ("led by"), "who founded Y" any name. Undefined when one does, or the question asks no post.
 */
export function roleHolderApart(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  if (question.answerType !== 'name') return undefined;
  const verb = HOLDER_VERB.exec(question.text);
  if (verb) return holderVerbApart(question, candidate, verb[1]!.toLowerCase()) ? `The story doesn't say ${indirect(question.text)}.` : undefined;
  const { focus } = question.frame;
  if (focus?.role !== 'attribute' || focus.generic || !asksPostOnly(question, focus.text)) return undefined;
  const headWord = question.words.find((w) => w.term === focus.head);
  const lastWord = focus.text.split(/\s+/).at(-1)!.replace(/['’]s?$/, '');
  if (headWord === undefined || !isPersonNoun(lastWord)) return undefined;
  const qualifiers = question.words.filter((w) => focus.terms.includes(w.term) && w !== headWord && !w.isName && namesPost(w));
  const owners = question.words.filter((w) => w.isName && !w.missing);
  const held = candidate.indexed.sentences.some((sentence) => {
    const tokens = tokenizeWords(sentence.text);
    // Any name the question lacks may hold a post ("the largest shareholder, Aldgate Capital").
    const holders = nameSpans(sentence.text, tokens, question, () => true);
    return postPositions(sentence.text, tokens, headWord, qualifiers, owners).some((k) => holders.some(([from, to]) => (from > k ? from - k : k - to) <= HOLDER_SPAN));
  });
  if (held) return undefined;
  const owner = ROLE_OF_NAME.test(question.text) ? ownerText(question.text) : undefined;
  if (owner) return `The story doesn't say who the ${focus.text} of ${owner} ${copulaOf(question.text)}.`;
  const from = question.text.toLowerCase().indexOf(focus.text.toLowerCase());
  return `The story doesn't name the ${question.text.slice(from).replace(/[\s?.!]+$/, '')}.`;
}

/**
 * Whether a question asks only who holds a post: "who is the X of Y" / "who is Y's X" (ROLE_OF_NAME), "who is the X",
 * "who is the X who/that …" or "what is the name of the X (who …)"; not "who was the oldest quarterback to play…",
 * whose rest is another fact.
 */
function asksPostOnly(question: AnalyzedQuestion, focusText: string): boolean {
  const { text } = question;
  if (ROLE_OF_NAME.test(text)) return true;
  const rest = POST_QUESTION.exec(text)?.[1];
  if (rest === undefined || !rest.toLowerCase().startsWith(focusText.toLowerCase())) return false;
  const after = rest.slice(focusText.length).trim();
  if (after === '' || /^(?:who|that)\s/iu.test(after)) return true;
  // "who is the secretary-general of the nepal red cross": an owner typed in lower case, one of its words a name.
  // ("What is the name of the spiritual teacher in Hinduism" may be answered by a word: "guru".)
  if (!/^who/iu.test(text)) return false;
  const owner = /^(?:of|to|at|for|in)\s+(?:the\s+)?((?:[\p{L}'’-]+\s*){1,4})$/iu.exec(after)?.[1];
  return owner !== undefined && owner.split(/\s+/).some((w) => question.words.some((q) => q.isName && q.surface.toLowerCase() === w.toLowerCase()));
}

/** "who is the X…", "what is the name of the X…": group 1 is the rest, from X on. */
const POST_QUESTION = /^(?:who(?:['’]s|\s+(?:is|was|are|were))|what(?:['’]s|\s+(?:is|was))\s+the\s+(?:full\s+)?name\s+of)\s+the\s+(.+?)\s*[?.!]*$/iu;

/** "Who heads Care Voice?" → "who heads Care Voice" (for a reason). */
function indirect(text: string): string {
  const body = text.replace(/[\s?.!]+$/, '');
  return body.charAt(0).toLowerCase() + body.slice(1);
}

/** For "who heads Y": true when no sentence of the paragraph has a person's name beside Y or a word of the verb's family. */
function holderVerbApart(question: AnalyzedQuestion, candidate: RankedPassage, verb: string): boolean {
  const family = Object.entries(HOLDER_FAMILY).find(([stem]) => verb.startsWith(stem))?.[1] ?? [];
  // A title of whoever is in charge ("board chair Ellen Stroud" for "who runs the board") tells of the post too.
  const familyTerms = new Set(family.map((w) => termOf(w)));
  const titleTerms = new Set((IN_CHARGE_VERBS.has(verb) ? IN_CHARGE_TITLES : []).map((w) => termOf(w)));
  const verbTerm = termOf(verb);
  const objects = question.words.filter((w) => w.term !== verbTerm && !w.missing);
  // A founder may be a body ("founded by Siemens"); a post now held is a person's.
  const people = documentPeople(candidate.indexed.document);
  const holder = verb.startsWith('found') || verb.startsWith('co-found') ? () => true : (run: NameRun) => isPerson(run, people);
  return !candidate.indexed.sentences.some((sentence) => {
    const tokens = tokenizeWords(sentence.text);
    if (nameSpans(sentence.text, tokens, question, holder).length === 0) return false;
    const terms = new Set(tokens.map((t) => termOf(t.normal)));
    const held = objects.reduce((sum, w) => ([...w.alternatives.keys()].some((t) => terms.has(t)) ? sum + w.idf : sum), 0);
    // A title tells of Y's post only beside a word of Y and not written as another body's ("Bluewater's chief
    // executive" does not lead the city council).
    const titled = held > 0 && tokens.some((t, k) => titleTerms.has(termOf(t.normal)) && !ownedByAnother(sentence.text, tokens, k, objects, []));
    return titled || [...terms].some((t) => familyTerms.has(t)) || held >= MIN_OBJECT_SHARE * objects.reduce((sum, w) => sum + w.idf, 0);
  });
}

/**
 * Whether the post at token k is written as another named body's: a capitalised possessor just before the post's
 * words ("Veldmark's chief executive"), a name written before them as a modifier ("Outback Telecom chief executive"),
 * or "of" a capitalised name just after ("chief executive of Veldmark"), that is none of the question's names. A
 * common noun ("the board's chief executive") may refer back to any body.
 */
function ownedByAnother(text: string, tokens: readonly WordToken[], k: number, owners: readonly QueryWord[], role: readonly QueryWord[]): boolean {
  const isOwner = (token: WordToken) => owners.some((w) => w.alternatives.has(termOf(token.normal)));
  const inRole = (token: WordToken) => role.some((w) => w.alternatives.has(termOf(token.normal)));
  const possessive = (token: WordToken) => /^['’]s?\s/.test(text.slice(token.offset + token.surface.length));
  // The post's words run back over its own words and lower-case ones ("chief executive", "finance minister") to the possessor.
  let start = k;
  while (start > 0 && k - start < ROLE_SPAN && (inRole(tokens[start - 1]!) || !tokens[start - 1]!.capitalized) && !possessive(tokens[start - 1]!)) start--;
  const before = tokens[start - 1];
  if (before && before.capitalized && possessive(before)) return !isOwner(before);
  // A modifier stands right before the post's own words; a capitalised word opening the sentence ("Opposition
  // councillor Tomas Reiher") or a date ("on Thursday, Foreign Office spokesperson…") is none.
  let first = k;
  while (first > 0 && inRole(tokens[first - 1]!)) first--;
  const modifier = tokens[first - 1];
  if (modifier?.capitalized && first - 1 > 0 && /^\s+$/.test(text.slice(modifier.offset + modifier.surface.length, tokens[first]!.offset)) && !isCalendarWord(modifier.normal)) {
    return !isOwner(modifier);
  }
  const of = tokens[k + 1];
  const after = tokens[k + 2];
  if (of?.normal === 'of' && after !== undefined) {
    const named = tokens[k + 2]!.normal === 'the' ? tokens[k + 3] : after;
    if (named?.capitalized) return !isOwner(named);
  }
  return false;
}

/**
 * For "what did X say" where X names a post told apart by an ordinary word ("Pakistan's foreign minister", "the chief
 * executive of the Fair Go Alliance"; its head a person noun, see isPersonNoun): true when no sentence of the
 * document names that post, its words within ROLE_SPAN and not written as another named body's (see ownedByAnother). A story quotes a post's
 * holder where it names them with it; a holder it never names said nothing it reports.
 */
export function speakerPostUnnamed(question: AnalyzedQuestion, document: CorpusDocument): boolean {
  let byDocument = postUnnamedOf.get(question);
  if (byDocument === undefined) postUnnamedOf.set(question, (byDocument = new Map()));
  let unnamed = byDocument.get(document);
  if (unnamed === undefined) byDocument.set(document, (unnamed = lookForPost(question, document)));
  return unnamed;
}

/**
 * Answers of speakerPostUnnamed so far, by question and document: the verifier asks for every candidate paragraph,
 * and the answer reads every sentence of the document.
 */
const postUnnamedOf = new WeakMap<AnalyzedQuestion, Map<CorpusDocument, boolean>>();

/** speakerPostUnnamed without the memo. */
function lookForPost(question: AnalyzedQuestion, document: CorpusDocument): boolean {
  const { speaker } = question.frame;
  if (!speaker) return false;
  // The post: before "of", after a possessive ("Pakistan's foreign minister" → "foreign minister").
  const post = speaker.text.replace(/^(?:the|a|an)\s+/iu, '').split(/\s+(?:of|at|for|from|in)\s+/iu)[0]!.split(/['’]s?\s+/u).at(-1)!;
  const postWords = post.split(/\s+/);
  const last = postWords.at(-1)!;
  if (!isPersonNoun(last)) return false;
  const at = (w: string) => question.words.find((q) => q.surface.toLowerCase() === w.toLowerCase());
  const head = at(last);
  if (head === undefined) return false;
  const qualifiers = postWords.slice(0, -1).flatMap((w) => {
    const word = at(w);
    return word && namesPost(word) ? [word] : [];
  });
  // Only a post told apart by an ordinary word ("foreign minister", "chief executive") is checked: a post named by
  // its body alone ("the ACCC boss") the story words with any title ("ACCC chair").
  if (!qualifiers.some((w) => !w.isName)) return false;
  const owners = question.words.filter((w) => w.isName && !w.missing && w !== head && !qualifiers.includes(w) && speaker.terms.includes(w.term));
  return !document.passages.some((passage) => passage.sentences.some((sentence) => postPositions(sentence.text, tokenizeWords(sentence.text), head, qualifiers, owners).length > 0));
}

/**
 * Where a sentence names a post: the token positions of its head word with every qualifier within ROLE_SPAN ("finance
 * minister"), not written as another named body's when the question names owners (see ownedByAnother).
 */
function postPositions(text: string, tokens: readonly WordToken[], head: QueryWord, qualifiers: readonly QueryWord[], owners: readonly QueryWord[]): number[] {
  const terms = tokens.map((t) => termOf(t.normal));
  const at = (word: QueryWord) => terms.flatMap((t, k) => (word.alternatives.has(t) ? [k] : []));
  return at(head).filter(
    (k) => qualifiers.every((q) => at(q).some((j) => Math.abs(j - k) <= ROLE_SPAN)) && !(owners.length > 0 && ownedByAnother(text, tokens, k, owners, [head, ...qualifiers])),
  );
}

/** Surnames the document writes in a person's full name ("Keane" of "Aoife Keane"), so "chairwoman Keane" counts as a person. */
const peopleOf = new WeakMap<CorpusDocument, ReadonlySet<string>>();

function documentPeople(document: CorpusDocument): ReadonlySet<string> {
  let people = peopleOf.get(document);
  if (!people) {
    const found = new Set<string>();
    for (const passage of document.passages) {
      for (const run of findNameRuns(passage.text)) if (isFullName(run)) found.add(run.name.split(/\s+/).at(-1)!.toLowerCase());
    }
    peopleOf.set(document, (people = found));
  }
  return people;
}

/**
 * A person's full name: two or more capitalised words, not an acronym, the first a given name or the last no ordinary
 * English word ("Pieter de Wolff", "Henry Cole"; not "Harbourline Securities", "Care Voice").
 */
function isFullName(run: NameRun): boolean {
  const words = run.name.toLowerCase().split(/\s+/);
  return !run.acronym && words.length >= 2 && (wordKind(words[0]!) === 'name' || wordKind(words.at(-1)!) !== 'ordinary');
}

/** A person: a full name, or a surname alone that the document gives in full elsewhere ("Keane"). */
function isPerson(run: NameRun, people: ReadonlySet<string>): boolean {
  const words = run.name.split(/\s+/);
  return isFullName(run) || (words.length === 1 && people.has(words[0]!.toLowerCase()));
}

/**
 * The token spans [from, to] of the names of a sentence that `counts` and the question does not have, dates aside
 * ("Tuesday", "September").
 */
function nameSpans(text: string, tokens: readonly WordToken[], question: AnalyzedQuestion, counts: (run: NameRun) => boolean): [number, number][] {
  const asked = new Set(question.words.flatMap((w) => [...w.alternatives.keys()]));
  const spans: [number, number][] = [];
  for (const run of findNameRuns(text)) {
    const words = run.name.toLowerCase().split(/\s+/);
    if (!counts(run) || words.every((w) => asked.has(termOf(w)) || isCalendarWord(w))) continue;
    // "However, a lawyer…": an ordinary word capitalised only as the sentence's first is no name.
    if (run.start === 0 && words.length === 1 && wordKind(words[0]!) === 'ordinary') continue;
    const from = tokens.findIndex((t) => t.offset >= run.start);
    const to = tokens.findLastIndex((t) => t.offset < run.end);
    if (from >= 0 && to >= from) spans.push([from, to]);
  }
  return spans;
}
