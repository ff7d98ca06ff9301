import { IRREGULAR_VERB_FORMS } from './thesaurus.ts';
import { synsetsOf } from './wordNet.ts';

/** Irregular simple pasts by their base ("meet" → "met"): the first form the thesaurus gives for a base. */
const IRREGULAR_PAST = new Map<string, string>();
for (const [form, base] of Object.entries(IRREGULAR_VERB_FORMS)) if (!IRREGULAR_PAST.has(base)) IRREGULAR_PAST.set(base, form);

/**
 * A final consonant English doubles before "-ed": one vowel then one consonant closing a one-syllable verb ("step",
 * "ban"), or a stressed last syllable of the common kinds ("occur", "refer", "compel", "control", "regret", and the
 * stressed "-mit" verbs "admit", "commit", "permit"; not "offer", "differ", "suffer", "limit", "vomit", which are
 * stressed first).
 */
const DOUBLES_FINAL = /^(?:[^aeiou]*[aeiou][b-df-hj-np-tvz]|\p{L}*(?:[^f]fer|cur|pel|trol|gret|quip)|(?:ad|com|o|per|sub|e|trans)mit)$/u;

/** A verb's simple past, spelt by English's rules: "met", "carried", "stepped", "occurred", "decided", "visited". */
export function pastTense(verb: string): string {
  const irregular = IRREGULAR_PAST.get(verb);
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // "panic" → "panicked", "picnic" → "picnicked": a final "c" keeps its sound.
  if (/[aeiou]c$/.test(verb)) return `${verb}ked`;
  if (DOUBLES_FINAL.test(verb)) return `${verb}${verb.at(-1)!}ed`;
  return `${verb}ed`;
}

/** A verb's present third person singular: "expires", "carries", "watches", "goes", "has". */
export function thirdPersonSingular(verb: string): string {
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Whether a form is an irregular form of a verb other than `base` (the thesaurus's): "found" is the past of "find", so no sure form of "found". */
export function formOfAnotherVerb(form: string, base: string): boolean {
  return Object.hasOwn(IRREGULAR_VERB_FORMS, form) && IRREGULAR_VERB_FORMS[form] !== base;
}

/**
 * Whether a word is a verb's simple past ("staged", "stopped", "carried", "met"): the past pastTense spells for a
 * base WordNet knows as a verb (the word itself no verb's base), or an irregular one. A past participle written alike ("the planned strike") passes too.
 */
export function isSimplePast(word: string): boolean {
  const form = word.toLowerCase();
  const irregular = IRREGULAR_VERB_FORMS[form];
  if (irregular !== undefined) return pastTense(irregular) === form;
  // A verb of its own ("feed", "need", "bed") is no past of a shorter one ("fee", "be").
  if (!form.endsWith('ed') || synsetsOf('verb', form).length > 0) return false;
  // The bases "-ed" may come from: "stage" + d, "walk" + ed, "carry" → "carried", "stop" → "stopped", "panic" → "panicked".
  const bases = [form.slice(0, -1), form.slice(0, -2), `${form.slice(0, -3)}y`, form.slice(0, -3)];
  return bases.some((base) => base.length > 1 && pastTense(base) === form && synsetsOf('verb', base).length > 0);
}
