import { tokenizeWords } from './tokenize.ts';

// Verbs that report speech or a stance; their speaker is the subject before them or named right after ("said Rubio").
const VERBS =
  'said|says|saying|stated|states|told|tells|announced|added|noted|emphasi[sz]ed|stressed|remarked|declared|insisted|argued|claimed|warned|assured|advised|urged|asserted|maintained|explained|wrote|writes|replied|responded|acknowledged|admitted|proclaimed|preached|taught|criticized|criticised|believes?|believed|thinks?|confirmed|denied|suggested|cautioned|predicted|vowed|pledged|promised|conceded|complained|recalled|reiterated|pointed\\s+out|expressed|thanked|praised|welcomed|condemned';
// Nouns of speech or stance; their speaker is the possessor ("India's viewpoint") or follows ("criticism from India").
const NOUNS = 'viewpoint|views?|stance|opinion|criticism|remarks?|mention|statements?';

/** A verb of speaking as a question words it ("where did X speak", "when did Y talk to reporters"), in any form. */
const SPEAKING_VERB = /^(?:speak|speaks|speaking|spoke|spoken|talk|talks|talked|talking|comment|comments|commented|remark|remarks|remarked|announce|announces|announced|declare|declares|declared|state|states|stated|say|says|said|tell|tells|told)$/;

/** Whether a folded word is a verb of speaking (SPEAKING_VERB): what a sentence reporting speech stands for, however it words it. */
export function isSpeakingVerb(folded: string): boolean {
  return SPEAKING_VERB.test(folded);
}

/** A sentence that quotes someone or reports what they said or think (quotation marks, "said", "India's viewpoint"). */
export const SPEECH = new RegExp(String.raw`["“”]|\b(?:${VERBS}|${NOUNS}|according to)\b`, 'i');

// Groups: an opening quote, a closing one, a plain one (either), "according to", a verb, a noun.
const MARKER = new RegExp(String.raw`(“)|(”)|(")|\b(according to)\b|\b(${VERBS})\b|\b(${NOUNS})\b`, 'gi');

/** Most words between a speaker and the verb or quote that follows ("Foreign Office spokesperson Tahir Hussain Andrabi discussed the issue, saying"). */
export const SUBJECT_SPAN = 8;
/** Most words after a verb, a closing quote or "according to" to the speaker named there ("…,” said Rubio"). */
export const NAMED_AFTER_SPAN = 3;
/** Most words between a possessor and its noun of speech ("Rubio's remarks", "China's and Russia's abstentions"). */
export const POSSESSOR_SPAN = 2;

/** The possessive pronouns a body's post is written with ("its president", "their leader"): English's, for a body. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** A pronoun that may stand for a speaker just named: a subject ("he said"), or a body's possessive before its post ("Its president, Dr. Nadia Hollis, said"). */
const isPronoun = (folded: string) => /^(?:he|she|they|we|i)$/i.test(folded) || POSSESSIVE_PRONOUNS.has(folded);

/** The prepositions that bring in the source of a noun of speech after it ("criticism from India", "a statement by the ministry", "the views of Pakistan"). */
const SOURCE_PREPOSITION = /^(?:from|by|of)$/;

/**
 * Whether a sentence reports speech whose source is one of the given words (by `isSpeaker`, on each word's folded
 * form): the subject before a verb of speech or an opening quote, the name after a verb, a closing quote or
 * "according to", the possessor of a noun of speech or the name after it ("criticism from India"). With
 * `pronounCounts`, a pronoun in those places counts too ("…,” he said" after a sentence naming the speaker).
 */
export function speechBy(sentence: string, isSpeaker: (folded: string) => boolean, pronounCounts = false): boolean {
  const tokens = tokenizeWords(sentence);
  const positions = tokens.flatMap((t, i) => (isSpeaker(t.normal) || (pronounCounts && isPronoun(t.normal)) ? [i] : []));
  if (positions.length === 0) return false;
  const tokenAt = (offset: number) => {
    const i = tokens.findIndex((t) => t.offset >= offset);
    return i < 0 ? tokens.length : i;
  };
  const near = (from: number, to: number) => positions.some((p) => p >= from && p <= to);
  for (const match of sentence.matchAll(MARKER)) {
    const at = tokenAt(match.index);
    const end = tokenAt(match.index + match[0].length);
    const [, opening, closing, plain, accordingTo, verb, noun] = match;
    const subjectBefore = near(at - SUBJECT_SPAN, at - 1);
    const namedAfter = near(end, end + NAMED_AFTER_SPAN);
    if ((opening ?? verb) !== undefined && subjectBefore) return true;
    if ((closing ?? accordingTo ?? verb) !== undefined && namedAfter) return true;
    // A noun's source after it is introduced ("criticism from India", "remarks by Rubio"), not any name near it
    // ("public opinion at home against US advances").
    if (noun !== undefined && SOURCE_PREPOSITION.test(tokens[end]?.normal ?? '') && near(end + 1, end + NAMED_AFTER_SPAN)) return true;
    if (plain !== undefined && (subjectBefore || namedAfter)) return true;
    if (noun !== undefined && near(at - POSSESSOR_SPAN, at - 1)) return true;
  }
  return false;
}
