import { analyzeText, termOf } from '../text/analyze.ts';
import { formOfAnotherVerb, pastTense, thirdPersonSingular } from '../text/inflectVerb.ts';
import type { NameRun } from '../text/entities.ts';
import { IN_CHARGE_TITLES, IN_CHARGE_VERBS } from '../text/thesaurus.ts';
import { tokenizeWords, type WordToken } from '../text/tokenize.ts';
import { isPersonNoun } from '../text/personNouns.ts';
import { POSSESSIVE_PRONOUNS } from '../text/reportedSpeech.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { documentPeople, isPerson, nameSpans } from './holderNames.ts';
import { MIN_OWNER_SHARE, ownedByAnother } from './postMention.ts';

// "Who heads / leads / runs / founded Y": the answer is a name the story gives beside Y or a word of the verb's family.

/** A holder verb: the nouns for whoever does it, and whether it is asked of an event rather than a post held now. */
interface HolderVerb {
  /** Agent nouns ("lead" → "leader", "head" → "chief"): the lexicon's ("director", not "directer"), so written here. */
  nouns: readonly string[];
  /** Founding is an event: asked in the past ("who founded it"), and done by a body as well as a person ("founded by Siemens"). */
  event?: true;
}

/**
 * The verbs that ask who holds a post over a body ("who heads the commission", "who runs the firm", "who founded
 * it"), by their base: general English. A sentence with a sure form of the verb (see familyTerms) or one of its
 * nouns tells of the post.
 */
const HOLDER_VERBS: Readonly<Record<string, HolderVerb>> = {
  head: { nouns: ['chief'] },
  lead: { nouns: ['leader'] },
  run: { nouns: [] },
  chair: { nouns: ['chairman', 'chairwoman', 'chairperson'] },
  direct: { nouns: ['director'] },
  manage: { nouns: ['manager'] },
  found: { nouns: ['founder'], event: true },
};

/** The index terms of the titles of whoever is in charge (IN_CHARGE_TITLES), read once. */
export const IN_CHARGE_TERMS: ReadonlySet<string> = new Set(IN_CHARGE_TITLES.map((w) => termOf(w)));

/** A holder verb as a question asks it: a post in the present ("heads": the post held now; "who led the expansion" asks of an event), an event in the past ("founded"). */
function askedForm(base: string): string {
  return HOLDER_VERBS[base]!.event ? pastTense(base) : thirdPersonSingular(base);
}

/**
 * "Who (now) heads Y": a holder verb as asked (see askedForm), shared or not ("co-founded", "co-chairs": the
 * tokenizer splits the prefix off, so the base verb's family finds "co-founded" in a sentence too).
 */
const HOLDER_VERB = new RegExp(String.raw`^who\s+(?:currently\s+|now\s+)?((?:co-)?(?:${Object.keys(HOLDER_VERBS).map(askedForm).join('|')}))\s+(?!by\b)(.+?)\s*[?.!]*$`, 'iu');

/** A holder verb as asked without a shared post's prefix: "co-founded" → "founded". */
function withoutCo(verb: string): string {
  return verb.replace(/^co-/, '');
}

/**
 * A verb's base, third person and simple past, spelt by English's rules (inflectVerb), but for a form that is also
 * another verb's ("found" is the past of "find": "researchers found that…" founds nothing): "lead", "leads", "led".
 */
function verbForms(base: string): string[] {
  return [base, thirdPersonSingular(base), pastTense(base)].filter((form) => !formOfAnotherVerb(form, base));
}

/** Index terms of the family of the holder verb a question asks with ("heads" → head, chief): its forms and nouns. */
function familyTerms(base: string): ReadonlySet<string> {
  return new Set([...verbForms(base), ...HOLDER_VERBS[base]!.nouns].map((w) => termOf(w)));
}

/**
 * Index terms of the family of a post in charge ("leader" → lead, leads, led, leader; see familyTerms): a holder
 * verb's when it is one of the verb's nouns, else the noun's own ("president").
 */
export function postFamilyTerms(noun: string): ReadonlySet<string> {
  const base = Object.keys(HOLDER_VERBS).find((b) => b === noun.toLowerCase() || HOLDER_VERBS[b]!.nouns.includes(noun.toLowerCase()));
  return base === undefined ? new Set([termOf(noun)]) : familyTerms(base);
}

/** The holder verb a question asks with, lower-cased and as written ("Who heads Care Voice?" → "heads", "co-founded"; see HOLDER_VERB), if any. */
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
  const base = Object.keys(HOLDER_VERBS).find((b) => askedForm(b) === withoutCo(verb))!;
  const family = familyTerms(base);
  // A title of whoever is in charge ("board chair Ellen Stroud" for "who runs the board") tells of the post too.
  const titleTerms: ReadonlySet<string> = IN_CHARGE_VERBS.has(withoutCo(verb)) ? IN_CHARGE_TERMS : new Set();
  // The verb's own words ("co", "founded" and "cofounded" for "co-founded") are not Y's.
  const verbTerms = new Set(analyzeText(verb).map((t) => t.term));
  const objects = question.words.filter((w) => !verbTerms.has(w.term) && !w.missing);
  // A founder may be a body ("founded by Siemens"); a post now held is a person's.
  const held = headOfNamed(question, candidate.indexed.sentences, candidate.indexed.document, objects, family, titleTerms, HOLDER_VERBS[base]!.event === true);
  return held ? undefined : `The story doesn't say ${indirect(question.text)}.`;
}

/**
 * Whether a sentence of a paragraph names someone in charge of Y (`objects`, the words of Y): a person's name (any
 * name for an event such as founding) with a word of the post's family (`family`: "leads", "leader"), with a title
 * (`titles`: "president") beside a word of Y or after "its" following a sentence about Y, or beside most of Y with
 * no other post of Y ("Clara Biondi, the health spokesperson for the Civic Alliance" does not lead it).
 */
export function headOfNamed(
  question: AnalyzedQuestion,
  sentences: readonly { text: string }[],
  document: CorpusDocument,
  objects: readonly QueryWord[],
  family: ReadonlySet<string>,
  titles: ReadonlySet<string>,
  event: boolean,
): boolean {
  const people = documentPeople(document);
  const holder = event ? () => true : (run: NameRun) => isPerson(run, people);
  const whole = objects.reduce((sum, w) => sum + w.idf, 0);
  const shareOf = (terms: ReadonlySet<string>) => bodyShare(objects, terms);
  return sentences.some((sentence, i) => {
    const tokens = tokenizeWords(sentence.text);
    if (nameSpans(sentence.text, tokens, question, holder).length === 0) return false;
    const terms = new Set(tokens.map((t) => termOf(t.normal)));
    const share = shareOf(terms);
    // "Its president, Dr. Nadia Hollis," after a sentence about Y: the pronoun's body is the one the sentence before
    // tells of, so the title is Y's when most of Y is there.
    const before = i > 0 ? tokenizeWords(sentences[i - 1]!.text) : [];
    const ofY = (k: number) => share > 0 || (POSSESSIVE_PRONOUNS.has(tokens[k - 1]?.normal ?? '') && shareOf(new Set(before.map((t) => termOf(t.normal)))) >= MIN_OWNER_SHARE * whole);
    // A title tells of Y's post only beside a word of Y and not written as another body's ("Bluewater's chief
    // executive" does not lead the city council).
    const titled = tokens.some((t, k) => titles.has(termOf(t.normal)) && ofY(k) && !ownedByAnother(sentence.text, tokens, k, objects, []));
    const besideY = share >= MIN_OWNER_SHARE * whole && !otherPostBeside(sentence.text, tokens, objects);
    return titled || [...terms].some((t) => family.has(t)) || besideY;
  });
}

/** The idf of a body's words (`objects`, in any of their alternatives) that a text's index terms hold. */
export function bodyShare(objects: readonly QueryWord[], terms: ReadonlySet<string>): number {
  return objects.reduce((sum, w) => ([...w.alternatives.keys()].some((t) => terms.has(t)) ? sum + w.idf : sum), 0);
}

/** Prepositions that tie a post to its body ("spokesperson for the Civic Alliance", "an epidemiologist at Northgate University"). */
const POST_OF = new Set(['for', 'at', 'of', 'with', 'in']);
/** Most tokens between a post noun and its preposition, and between the preposition and the body's word (set by hand: "the opposition"). */
const POST_LINK_SPAN = 3;

/**
 * Whether a sentence gives a person a post that does not head Y ("Clara Biondi, the health spokesperson for the
 * opposition Civic Alliance", "an epidemiologist at Northgate University", "the city's mayor, Alan Whitcombe"): a
 * lower-case person noun other than an in-charge title (IN_CHARGE_TITLES, or a general secretary), tied to a word of
 * Y by a preposition or written as someone's ("the city's"). Such a name beside Y is no answer to who heads Y.
 */
function otherPostBeside(text: string, tokens: readonly WordToken[], objects: readonly QueryWord[]): boolean {
  const ofY = (token: WordToken | undefined) => token !== undefined && objects.some((w) => w.alternatives.has(termOf(token.normal)));
  const possessive = (token: WordToken | undefined) => token !== undefined && /^['’]s?\s/.test(text.slice(token.offset + token.surface.length));
  return tokens.some((token, k) => {
    if (token.capitalized || ofY(token) || IN_CHARGE_TERMS.has(termOf(token.normal)) || !isPersonNoun(token.normal)) return false;
    // "General secretary", "secretary general" head a body: neither word is another post here.
    const pair = new Set([tokens[k - 1]?.normal, token.normal, tokens[k + 1]?.normal]);
    if (pair.has('general') && pair.has('secretary')) return false;
    if (possessive(tokens[k - 1]) && !tokens[k - 1]!.capitalized) return true;
    for (let p = k + 1; p <= k + POST_LINK_SPAN && p < tokens.length; p++) {
      if (!POST_OF.has(tokens[p]!.normal)) continue;
      for (let y = p + 1; y <= p + POST_LINK_SPAN; y++) if (ofY(tokens[y])) return true;
    }
    return false;
  });
}
