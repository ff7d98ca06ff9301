import { termOf } from '../text/analyze.ts';
import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { LIGHT_VERBS } from '../text/lightWords.ts';
import { CARDINAL_WORDS } from '../text/numberWords.ts';
import { STOP_WORDS } from '../text/stopWords.ts';
import { tokenizeWords, type WordToken } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// "Which rival ports…?", "which committee member abstained?": a "which N" question asks which ones, by name. A story
// that only counts or sorts them ("two major shipping lines", "one member abstaining", "some patient groups", "rival
// ports") says that there were such things, not which.

/** "which N …" (also "in which N"): group 1 is the words after "which", up to the question's end. */
const WHICH_PHRASE = /^(?:(?:in|on|at|for|by|from|to|with|of)\s+)?which\s+(.+)$/iu;

/** Most words of the noun phrase after "which" ("two residents' associations": three; set by hand). */
const PHRASE_WORDS = 4;

/** Determiners that introduce things not yet identified: "a", "some", "several", "other", a cardinal ("two"). */
const INDEFINITE = new Set(['a', 'an', 'some', 'several', 'many', 'few', 'other', 'various', 'certain', 'unnamed', 'unidentified', 'another', 'more', 'most', ...CARDINAL_WORDS]);

/** Determiners that point back to things the story has identified, or take them all: "the lines", "their ports", "all sides". */
const DEFINITE = /^(?:the|these|those|this|that|its|their|his|her|our|your|my|all|both|each|every)$/;

/** Words that end the noun phrase after "which": an auxiliary, a light verb, a past form ("abstained", "moved"). */
const PHRASE_END = new RegExp(String.raw`^(?:${AUXILIARY_VERB}|\p{L}{3,}ed)$`, 'iu');

/**
 * Most words between a mention and a name that identifies it: an apposition ("two lines, Maersk and MSC,"), "such as
 * Rotterdam", "Rotterdam and Antwerp, two rival ports" (set by hand, as HOLDER_SPAN in roleHolder).
 */
const NAME_SPAN = 5;

/** Most modifiers walked over between a determiner and the head ("two major shipping lines": two). */
const MODIFIERS = 3;

/** Words after a mention that go on to list its instances: "initiatives such as demilitarization", "incentives like aid", "obstacles: finance…". */
const LISTS_AFTER = /^\s*(?::|,?\s+(?:such\s+as|like|including|namely)\b)/iu;

/** A series of three or more items ("finance, rules of engagement, and force size"): lower-case things named by listing them. */
const SERIES = /[\p{L}-]+(?:\s+[\p{L}-]+){0,3},\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3},?\s+(?:and|or)\s+[\p{L}-]+/u;

/**
 * For "which N …", the refusal reason when every mention of N in the window is unidentified: it stands after an
 * indefinite determiner or a number, or as a bare plural ("moved services to rival ports"), with no proper name the
 * question lacks within NAME_SPAN words; the reason quotes it ("two major shipping lines"). Only the mentions with the
 * question's modifiers count where there are some. Undefined when a mention is identified, the best sentence has
 * none, or the question asks no "which N".
 */
export function unnamedMention(question: AnalyzedQuestion, candidate: RankedPassage, window: readonly number[]): string | undefined {
  const phrase = whichPhrase(question.text);
  const head = phrase.at(-1);
  if (head === undefined || CARDINAL_WORDS.has(head)) return undefined;
  const word = question.words.find((w) => w.term === termOf(head));
  if (word === undefined) return undefined;
  const terms = new Set(word.alternatives.keys());
  const modifiers = new Set(phrase.slice(0, -1).filter((w) => !CARDINAL_WORDS.has(w)).map((w) => termOf(w)));
  const asked = new Set(question.words.filter((w) => w.isName).map((w) => w.term));
  const mentions: Mention[] = [];
  for (const s of window) {
    const { text } = candidate.indexed.sentences[s]!;
    const tokens = tokenizeWords(text);
    // "Pakistan faces many dangers." with more sentences after it: a mention that ends its sentence is spelt out next.
    const followed = s < candidate.indexed.sentences.length - 1;
    for (const [k, token] of tokens.entries()) if (terms.has(termOf(token.normal))) mentions.push(mentionAt(text, tokens, k, asked, modifiers, followed));
  }
  // The best sentence answers: one that names the instance without the noun ("a penalty on cornerback Josh Norman"
  // beside "several players dove") is not judged by the noun's mentions elsewhere.
  const best = candidate.indexed.sentences[candidate.bestSentence]!.text;
  if (!tokenizeWords(best).some((t) => terms.has(termOf(t.normal)))) return undefined;
  // "rival ports" asked: the mentions with the question's modifiers, where there are some ("the port's berths" is another).
  const alike = mentions.filter((m) => m.modifiers.some((t) => modifiers.has(t)));
  const weighed = alike.length > 0 ? alike : mentions;
  const unnamed = weighed.length > 0 && weighed.every((m) => m.unnamed !== undefined) ? weighed[0]!.unnamed : undefined;
  return unnamed === undefined ? undefined : `The story doesn't say which ${phrase.join(' ')}: it says only “${unnamed}”.`;
}

/** A mention of the head in a sentence: its modifiers' index terms, and, when it is unidentified, its words as written. */
interface Mention {
  modifiers: string[];
  unnamed?: string;
}

/** The noun phrase of a "which N" question, folded ("Which two shipping lines moved…" → two, shipping, lines); empty for other questions. */
function whichPhrase(question: string): string[] {
  const rest = WHICH_PHRASE.exec(question.trim())?.[1];
  if (rest === undefined) return [];
  const words: string[] = [];
  for (const token of tokenizeWords(rest)) {
    if (words.length === PHRASE_WORDS || PHRASE_END.test(token.normal) || LIGHT_VERBS.has(token.normal) || STOP_WORDS.has(token.normal)) break;
    words.push(token.normal);
  }
  return words;
}

/**
 * The mention at tokens[k] (see Mention): unidentified after an indefinite determiner, a number or as a bare plural,
 * with no name the question lacks near it (see unnamedMention); identified when definite ("the lines", "all sides"),
 * named, listed (a series in its sentence, "such as" after it), spelt out in the next sentence (it ends a sentence
 * that is not the paragraph's last: `followed`), or told apart by a modifier the question lacks after "a" ("an upper
 * bound": a kind, for "which bound").
 */
function mentionAt(text: string, tokens: readonly WordToken[], k: number, asked: ReadonlySet<string>, askedModifiers: ReadonlySet<string>, followed: boolean): Mention {
  let from = k;
  while (k - from < MODIFIERS && from > 0 && isModifier(tokens[from - 1]!)) from -= 1;
  const modifiers = tokens.slice(from, k).map((t) => termOf(t.normal));
  const before = tokens[from - 1];
  const indefinite = before !== undefined && (INDEFINITE.has(before.normal) || /^\d/.test(before.normal));
  const barePlural = !indefinite && /s$/.test(tokens[k]!.normal) && !(before !== undefined && DEFINITE.test(before.normal));
  if (!indefinite && !barePlural) return { modifiers };
  // "Which bound is harder?" → "an upper bound": after "a", a modifier the question lacks tells which kind.
  if (/^an?$/.test(before?.normal ?? '') && modifiers.some((t) => !askedModifiers.has(t))) return { modifiers };
  const start = indefinite ? from - 1 : from;
  const near = tokens.slice(Math.max(0, start - NAME_SPAN), k + 1 + NAME_SPAN);
  const names = (t: WordToken) => (t.capitalized || t.acronym) && t !== tokens[0] && !STOP_WORDS.has(t.normal) && !asked.has(termOf(t.normal));
  if (near.some(names)) return { modifiers };
  const last = tokens[k]!;
  const after = text.slice(last.offset + last.surface.length);
  if (LISTS_AFTER.test(after) || SERIES.test(text) || (followed && /^\W*$/u.test(after))) return { modifiers };
  return { modifiers, unnamed: text.slice(tokens[start]!.offset, last.offset + last.surface.length) };
}

/** A word that may stand between a determiner and its head: a lower-case content word ("major", "shipping", "residents"). */
function isModifier(token: WordToken): boolean {
  return !token.capitalized && !STOP_WORDS.has(token.normal) && !CARDINAL_WORDS.has(token.normal) && !LIGHT_VERBS.has(token.normal) && /^\p{L}/u.test(token.surface);
}
