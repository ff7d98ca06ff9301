import { termOf } from '../text/analyze.ts';
import { isCalendarWord } from '../text/entities.ts';
import type { WordToken } from '../text/tokenize.ts';
import type { QueryWord } from './analyzeQuestion.ts';

// Where a sentence names a post ("Norland's chief executive", "the transport minister of Estmark"): its head with
// the qualifiers that tell which post it is, and whose post it is written as.

/** Most words between a role and the name it belongs to ("Pakistan's prime minister", "president of the union"; set by hand). */
export const ROLE_SPAN = 4;

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

/**
 * Adjectives of rank a reader puts before a title without changing whom it names ("the top US diplomat", "a senior
 * official", "the most senior minister"): a story names the holder without them. General English.
 */
const RANK_WORDS: ReadonlySet<string> = new Set(['top', 'senior', 'leading', 'most'].map((w) => termOf(w)));

/** Whether a word of a post is an adjective of rank (RANK_WORDS), which leaves whom the title names the same. */
export function isRankWord(word: QueryWord): boolean {
  return RANK_WORDS.has(word.term);
}

/** A superlative ("oldest", "largest", "youngest"): an ordering adjective too (see ORDER_WORDS). */
const SUPERLATIVE = /\p{L}{2,}est$/u;

/**
 * Share of the information of the body a post is asked of ("the Department of Agriculture's investment fund", "the
 * Foreign Office") a sentence must hold beside it, as the verifier's MAX_ABSENT_NAME_SHARE allows for a paragraph.
 */
export const MIN_OWNER_SHARE = 0.5;

/** Whether a word of a post names which post it is, not when it is held, its place in an order or its rank (TENURE_WORDS, ORDER_WORDS, SUPERLATIVE, RANK_WORDS). */
export function namesPost(word: QueryWord): boolean {
  return !TENURE_WORDS.has(word.term) && !ORDER_WORDS.has(word.term) && !SUPERLATIVE.test(word.surface) && !isRankWord(word);
}

/** The positions in a sentence's word terms (stop words included) where a question word stands, in any of its alternatives. */
export function termPositions(terms: readonly string[], word: QueryWord): number[] {
  return terms.flatMap((t, k) => (word.alternatives.has(t) ? [k] : []));
}

/**
 * Where a sentence names a post: the token positions of its head word with every qualifier within ROLE_SPAN ("finance
 * minister"), not written as another named body's when the question names owners (see ownedByAnother).
 */
export function postPositions(text: string, tokens: readonly WordToken[], head: QueryWord, qualifiers: readonly QueryWord[], owners: readonly QueryWord[]): number[] {
  const terms = tokens.map((t) => termOf(t.normal));
  return termPositions(terms, head).filter(
    (k) =>
      qualifiers.every((q) => termPositions(terms, q).some((j) => Math.abs(j - k) <= ROLE_SPAN)) &&
      !(owners.length > 0 && ownedByAnother(text, tokens, k, owners, [head, ...qualifiers])),
  );
}

/**
 * Whether a sentence names a post beside most of its owner's information ("Foreign Office spokesperson Tahir Andrabi"
 * for the spokesperson of the Foreign Office): the owners' words within ROLE_SPAN of the head, or of an owner's word
 * already close ("companions of the Ninth and Tenth Doctors"), weighed by idf and how near each alternative is to the
 * word asked, against MIN_OWNER_SHARE of all the owners' idf.
 */
export function postBesideOwners(terms: readonly string[], head: QueryWord, owners: readonly QueryWord[]): boolean {
  const heads = termPositions(terms, head);
  if (heads.length === 0) return false;
  // A name of several words runs on from the role: a word of it within a few words of one already close counts as close.
  const close = new Set(heads);
  for (let grew = true; grew; ) {
    grew = false;
    for (const owner of owners) {
      for (const k of termPositions(terms, owner)) {
        if (close.has(k) || ![...close].some((h) => Math.abs(h - k) <= ROLE_SPAN)) continue;
        close.add(k);
        grew = true;
      }
    }
  }
  const total = owners.reduce((sum, w) => sum + w.idf, 0);
  const held = owners.reduce((sum, w) => (termPositions(terms, w).some((k) => close.has(k)) ? sum + w.idf * Math.max(...[...w.alternatives.values()]) : sum), 0);
  return held >= MIN_OWNER_SHARE * total;
}

/**
 * Whether the post at token k is written as another named body's: a capitalised possessor just before the post's
 * words ("Veldmark's chief executive"), a name written before them as a modifier ("Outback Telecom chief executive"),
 * or "of" a capitalised name just after ("chief executive of Veldmark"), that is none of the question's names. A
 * common noun ("the board's chief executive") may refer back to any body.
 */
export function ownedByAnother(text: string, tokens: readonly WordToken[], k: number, owners: readonly QueryWord[], role: readonly QueryWord[]): boolean {
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
