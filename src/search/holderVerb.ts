import { termOf } from '../text/analyze.ts';
import { pastTense, thirdPersonSingular } from '../text/inflectVerb.ts';
import type { NameRun } from '../text/entities.ts';
import { IN_CHARGE_TITLES, IN_CHARGE_VERBS } from '../text/thesaurus.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';
import { documentPeople, isPerson, nameSpans } from './holderNames.ts';
import { MIN_OWNER_SHARE, ownedByAnother } from './postMention.ts';

// "Who heads / leads / runs / founded Y": the answer is a name the story gives beside Y or a word of the verb's family.

/**
 * Verbs that ask who holds a post over a body ("who heads the commission", "who runs the firm", "who founded it"):
 * general English, in the present (the post held now: "who led the expansion" asks of an event, not a post).
 */
const HOLDER_VERB = /^who\s+(?:currently\s+|now\s+)?(heads|leads|runs|chairs|directs|manages|founded|co-founded)\s+(?!by\b)(.+?)\s*[?.!]*$/iu;

/**
 * The holder verbs by their base, with the nouns for whoever does it ("lead" → "leader", "head" → "chief"): a
 * sentence with a form of the verb (see familyTerms) or one of its nouns tells of the post. Agent nouns are the
 * lexicon's ("director", not "directer"; "chief" for "head"), so they are written here; the verb's forms are not.
 */
const HOLDER_NOUNS: Readonly<Record<string, readonly string[]>> = {
  head: ['chief'],
  lead: ['leader'],
  run: [],
  chair: ['chairman', 'chairwoman', 'chairperson'],
  direct: ['director'],
  manage: ['manager'],
  found: ['founder'],
};

/** A verb's base, third person and simple past, spelt by English's rules (inflectVerb): "lead", "leads", "led". */
function verbForms(base: string): string[] {
  return [base, thirdPersonSingular(base), pastTense(base)];
}

/** Index terms of the family of the holder verb a question asks with ("heads" → head, chief): its forms and nouns; none for a verb of no family. */
function familyTerms(verb: string): ReadonlySet<string> {
  const base = Object.keys(HOLDER_NOUNS).find((b) => verbForms(b).includes(verb));
  return new Set(base === undefined ? [] : [...verbForms(base), ...HOLDER_NOUNS[base]!].map((w) => termOf(w)));
}

/** The holder verb a question asks with, lower-cased ("Who heads Care Voice?" → "heads"; see HOLDER_VERB), if any. */
export function holderVerbOf(text: string): string | undefined {
  return HOLDER_VERB.exec(text)?.[1]!.toLowerCase();
}

/** "Who heads Care Voice?" → "who heads Care Voice" (for a reason). */
function indirect(text: string): string {
  const body = text.replace(/[\s?.!]+$/, '');
  return body.charAt(0).toLowerCase() + body.slice(1);
}

/**
 * For "who heads / leads / runs Y" (holderVerbOf): the refusal reason when no sentence of the paragraph has a
 * person's name beside Y or a word of the verb's family ("led by"), or for "who founded Y" any name; else undefined.
 */
export function holderVerbApart(question: AnalyzedQuestion, candidate: RankedPassage, verb: string): string | undefined {
  const family = familyTerms(verb);
  // A title of whoever is in charge ("board chair Ellen Stroud" for "who runs the board") tells of the post too.
  const titleTerms = new Set((IN_CHARGE_VERBS.has(verb) ? IN_CHARGE_TITLES : []).map((w) => termOf(w)));
  const verbTerm = termOf(verb);
  const objects = question.words.filter((w) => w.term !== verbTerm && !w.missing);
  // A founder may be a body ("founded by Siemens"); a post now held is a person's.
  const people = documentPeople(candidate.indexed.document);
  const holder = verb.startsWith('found') || verb.startsWith('co-found') ? () => true : (run: NameRun) => isPerson(run, people);
  const held = candidate.indexed.sentences.some((sentence) => {
    const tokens = tokenizeWords(sentence.text);
    if (nameSpans(sentence.text, tokens, question, holder).length === 0) return false;
    const terms = new Set(tokens.map((t) => termOf(t.normal)));
    const share = objects.reduce((sum, w) => ([...w.alternatives.keys()].some((t) => terms.has(t)) ? sum + w.idf : sum), 0);
    // A title tells of Y's post only beside a word of Y and not written as another body's ("Bluewater's chief
    // executive" does not lead the city council).
    const titled = share > 0 && tokens.some((t, k) => titleTerms.has(termOf(t.normal)) && !ownedByAnother(sentence.text, tokens, k, objects, []));
    return titled || [...terms].some((t) => family.has(t)) || share >= MIN_OWNER_SHARE * objects.reduce((sum, w) => sum + w.idf, 0);
  });
  return held ? undefined : `The story doesn't say ${indirect(question.text)}.`;
}
