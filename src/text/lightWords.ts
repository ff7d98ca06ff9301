/**
 * Words of a question that carry little of its meaning on their own, so a paragraph that lacks them may still
 * answer it. General English categories, not any story's words:
 * - light verbs: the verbs whose meaning comes from their object or particle ("take part", "go up", "get their money
 *   back", "make a decision"), in every form. natural's stop words already drop a few base forms (make, take, get,
 *   come) but not the others ("took", "went", "goes"), which then count against a paragraph that words the event
 *   with its own verb ("took part" for "responses", "go up" for "rise");
 * - phrasal particles: the adverbs that complete a phrasal verb ("knock down", "pay back", "go on").
 */
const LIGHT_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'doing', 'done'],
  make: ['make', 'makes', 'made', 'making'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  get: ['get', 'gets', 'got', 'gotten', 'getting'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  come: ['come', 'comes', 'came', 'coming'],
  put: ['put', 'puts', 'putting'],
  set: ['set', 'sets', 'setting'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  let: ['let', 'lets', 'letting'],
};

/** The base of a light verb's form ("goes" → "go", "took" → "take"), if it is one. */
export function lightVerbBase(folded: string): string | undefined {
  for (const [base, forms] of Object.entries(LIGHT_VERB_FORMS)) if (forms.includes(folded)) return base;
  return undefined;
}

/** Every form of a light verb, folded. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(Object.values(LIGHT_VERB_FORMS).flat());

/** Particles of English phrasal verbs that are seldom prepositions ("go up", "pay back", "step down"). */
export const ADVERB_PARTICLES: readonly string[] = ['up', 'down', 'out', 'off', 'back', 'away', 'apart', 'aside', 'forward'];

/** Particles of English phrasal verbs that are often prepositions too ("go on", "take over", "bring about"). */
export const PREPOSITION_PARTICLES: readonly string[] = ['on', 'in', 'over', 'through', 'along', 'around', 'about'];

/** Adverbial particles of English phrasal verbs. */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set([...ADVERB_PARTICLES, ...PREPOSITION_PARTICLES]);

/** Whether a folded word is a light verb or a phrasal particle (see above). */
export function isLightWord(folded: string): boolean {
  return LIGHT_VERBS.has(folded) || PHRASAL_PARTICLES.has(folded);
}

/**
 * Words that only hedge or time the event of the verb after them ("expected to begin", "likely to join", "due to
 * open", "supposed to vote"): raising predicates, which a story leaves out when it tells of the event itself ("aiming
 * for operations in early 2026"). General English.
 */
const RAISING_WORDS: ReadonlySet<string> = new Set(['expected', 'expect', 'expects', 'likely', 'due', 'supposed', 'slated', 'poised']);

/** Whether a folded word is a raising predicate (RAISING_WORDS) before "to" and a verb, given the text after it. */
export function hedgesVerb(folded: string, following: string): boolean {
  return RAISING_WORDS.has(folded) && /^\s+to\s+\p{L}/u.test(following);
}
