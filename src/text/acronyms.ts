import { findNameRuns, type NameRun } from './entities.ts';
import { COMMON_ACRONYMS } from './thesaurus.ts';

/** Acronyms known to a corpus: the short form (upper case) and the words of its long form. */
export type AcronymTable = ReadonlyMap<string, string>;

/**
 * Longest acronym inferred from a name's initials: the longest in common news use have six letters (UNESCO, UNICEF,
 * NASDAQ); initials of a longer name are seldom an acronym anyone types.
 */
const MAX_INFERRED_ACRONYM = 6;

const WHITESPACE = /\s/;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'la', 'le', 'du', 'to', '&']);

/**
 * Finds acronyms a text defines, as in "International Stabilization Force (ISF)" or "ISF (International
 * Stabilization Force)": the long form's initials (small words skipped) must spell the acronym.
 */
export function findAcronymDefinitions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/\(([A-Z][A-Za-z]{1,9})\)/g)) {
    const acronym = match[1]!;
    if (acronym !== acronym.toUpperCase()) continue;
    const before = text.slice(Math.max(0, match.index - 200), match.index).split(/\s+/).filter(Boolean);
    const longForm = matchInitials(acronym, before);
    if (longForm) found.set(acronym, longForm);
  }
  for (const match of text.matchAll(/\b([A-Z]{2,10})\s+\(([^()]{5,120})\)/g)) {
    const words = match[2]!.split(/\s+/).filter(Boolean);
    const longForm = matchInitials(match[1]!, words);
    if (longForm) found.set(match[1]!, longForm);
  }
  return found;
}

/** The words at the end of `words` whose initials spell the acronym, or undefined. */
function matchInitials(acronym: string, words: string[]): string | undefined {
  const letters = acronym.toLowerCase();
  let letter = letters.length - 1;
  let i = words.length - 1;
  const taken: string[] = [];
  while (i >= 0 && letter >= 0) {
    const word = words[i]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word === '') return undefined;
    if (SMALL_WORDS.has(word.toLowerCase()) && taken.length > 0) {
      taken.unshift(word);
      i -= 1;
      continue;
    }
    if (word[0]!.toLowerCase() !== letters[letter]) return undefined;
    taken.unshift(word);
    letter -= 1;
    i -= 1;
  }
  if (letter >= 0) return undefined;
  while (taken.length > 0 && SMALL_WORDS.has(taken[0]!.toLowerCase())) taken.shift();
  return taken.join(' ');
}

/** Acronyms formed from names so far (see inferAcronyms): each with the name it stands for, and those two names would give. */
export interface InferredAcronyms {
  names: Map<string, string>;
  ambiguous: Set<string>;
}

/** No acronyms inferred yet: where inferring over a run of texts in corpus order starts. */
export function noInferredAcronyms(): InferredAcronyms {
  return { names: new Map(), ambiguous: new Set() };
}

/** Adds the acronyms one text's names (`runs`, its findNameRuns when found already) would give to `inferred` (texts in corpus order; see inferAcronyms). */
export function inferAcronymsInto(inferred: InferredAcronyms, text: string, runs: readonly NameRun[] = findNameRuns(text)): void {
  for (const run of runs) {
    // A name of one word gives no acronym (most names): not split into words.
    if (!WHITESPACE.test(run.name)) continue;
    const words = run.name.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const name = words.join(' ');
    const acronym = words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]!)).join('').toUpperCase();
    if (acronym.length > MAX_INFERRED_ACRONYM) continue;
    addInferred(inferred, acronym, name);
  }
}

function addInferred(inferred: InferredAcronyms, acronym: string, name: string): void {
  const known = inferred.names.get(acronym);
  if (known !== undefined && known.toLowerCase() !== name.toLowerCase()) inferred.ambiguous.add(acronym);
  else inferred.names.set(acronym, name);
}

/** Adds to `into` the acronyms inferred from a run of texts that follows its own, as if inferred over both in one pass. */
export function absorbInferred(into: InferredAcronyms, later: InferredAcronyms): void {
  for (const acronym of later.ambiguous) into.ambiguous.add(acronym);
  for (const [acronym, name] of later.names) addInferred(into, acronym, name);
}

/**
 * Acronyms a reader might form from the corpus's names without the corpus ever using them:
 * "FO" for "Foreign Office", "UNSC" for "UN Security Council" (an all-capitals word gives all its letters).
 * An acronym that two different names would give is left out.
 */
export function inferAcronyms(texts: Iterable<string>): Map<string, string> {
  return unambiguous(inferredFrom(texts));
}

/** The acronyms a run of texts' names would give, ambiguous ones marked (see inferAcronymsInto). */
function inferredFrom(texts: Iterable<string>): InferredAcronyms {
  const inferred = noInferredAcronyms();
  for (const text of texts) inferAcronymsInto(inferred, text);
  return inferred;
}

function unambiguous(inferred: InferredAcronyms): Map<string, string> {
  const names = new Map(inferred.names);
  for (const acronym of inferred.ambiguous) names.delete(acronym);
  return names;
}

/** The acronym table from what the texts gave: inferred acronyms, well-known ones, and the definitions in text order (strongest last). */
export function acronymTable(inferred: InferredAcronyms, definitions: Iterable<[string, string]>): AcronymTable {
  const table = new Map<string, string>([...unambiguous(inferred), ...Object.entries(COMMON_ACRONYMS)]);
  for (const [short, long] of definitions) table.set(short, long);
  return table;
}

/** The acronyms of a corpus: inferred from its names, well-known ones, and those its texts define (strongest last). */
export function buildAcronymTable(texts: readonly string[]): AcronymTable {
  return acronymTable(inferredFrom(texts), texts.flatMap((text) => [...findAcronymDefinitions(text)]));
}
