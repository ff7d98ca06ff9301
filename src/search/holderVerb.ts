import { termOf } from '../text/analyze.ts';
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
  const family = Object.entries(HOLDER_FAMILY).find(([stem]) => verb.startsWith(stem))?.[1] ?? [];
  // A title of whoever is in charge ("board chair Ellen Stroud" for "who runs the board") tells of the post too.
  const familyTerms = new Set(family.map((w) => termOf(w)));
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
    return titled || [...terms].some((t) => familyTerms.has(t)) || share >= MIN_OWNER_SHARE * objects.reduce((sum, w) => sum + w.idf, 0);
  });
  return held ? undefined : `The story doesn't say ${indirect(question.text)}.`;
}
