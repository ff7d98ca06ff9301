import { analyzeText, termOf } from '../text/analyze.ts';
import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { asksMarketReaction } from '../text/answerTypes.ts';
import { LIGHT_VERBS } from '../text/lightWords.ts';

/**
 * What a question asks for, read from its wording: the focus (the thing asked about: "troops" in "how many
 * troops", "Secretary-General" in "who is the UN Secretary-General", "budget" in "what is the ISF's budget"),
 * and for "what did X say" the speaker. Phrases are kept as the user wrote them, for refusal reasons, and as
 * index terms, to look them up in a passage.
 */
export interface QuestionFrame {
  /** The thing asked about, when the question names one. */
  focus?: FramePhrase;
  /** For "what did X say / how did X react": who is asked to have spoken. */
  speaker?: FramePhrase;
}

/** A phrase of the question: its words as written and the index terms that must be found. */
export interface FramePhrase {
  /** As the user wrote it: a speaker whole ("the Afghan government"), others without a leading article ("UN Secretary-General"). */
  text: string;
  /** Index terms of the phrase's content words, in order. */
  terms: string[];
  /** Index term of its head (the last content word): what it is. */
  head: string;
  /**
   * Where it stands: the noun counted by "how many", the noun of "what/which X", the attribute of "who/what is
   * the X (of Y)", or the speaker of "what did X say".
   */
  role: 'counted' | 'type' | 'attribute' | 'speaker';
  /**
   * The head only names a kind of answer ("which country", "what year", "what researcher"): a filler of the
   * expected type stands for it, the passage need not repeat the word.
   */
  generic: boolean;
}

// Auxiliaries and copulas: where a wh-phrase ends and the rest of the question begins.
const AUXILIARY = String.raw`(?:${AUXILIARY_VERB}|be|been)`;
// Words that open the run of a noun phrase but are not part of what it names.
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|any|some|of)$/i;
// Verbs of reporting speech, for "what did X say".
const SPEECH_VERB = String.raw`(?:say|said|state|stated|tell|told|announce|announced|claim|claimed|argue|argued|think|comment|remark|respond|react|reply|add|declare|note|insist|warn|suggest|write)`;

/**
 * Heads that only say which kind of thing the answer is. General English, chosen by the answer types of
 * question words (a person, a place, a time, an amount, an organisation); not words of any one story.
 */
export const GENERIC_HEADS = new Set(
  [
    'person', 'people', 'man', 'woman', 'men', 'women', 'individual', 'one', 'ones', 'someone', 'name', 'names', 'term', 'word',
    'country', 'countries', 'nation', 'nations', 'city', 'cities', 'place', 'places', 'state', 'region', 'area', 'location',
    'town', 'continent', 'year', 'years', 'date', 'day', 'days', 'month', 'months', 'time', 'times', 'decade', 'century',
    'period', 'season', 'number', 'amount', 'percentage', 'percent', 'share', 'proportion', 'group', 'groups', 'organization',
    'organisation', 'company', 'type', 'types', 'kind', 'kinds', 'thing', 'things', 'part', 'parts', 'way', 'ways', 'event',
    'events', 'official', 'officials', 'leader', 'leaders', 'member', 'members', 'researcher', 'scientist', 'author', 'writer',
    'player', 'team', 'entity', 'entities', 'body', 'institution', 'party', 'language', 'role', 'position', 'title',
    'job', 'occupation', 'profession', 'genre', 'category', 'style', 'sort', 'field',
  ].map((w) => w),
);

/**
 * Attributes that say who someone is (their name, title, job): general English. News gives them where it first
 * names a person ("US Secretary of State Marco Rubio"), so that paragraph answers "what's Rubio's job title".
 */
const IDENTITY_ATTRIBUTES = new Set(['name', 'names', 'title', 'job', 'role', 'position', 'post', 'occupation', 'profession', 'office', 'rank', 'nationality'].map((w) => termOf(w)));

/** Whether a focus head (an index term) asks who someone is: their name, title, job or role. */
export function isIdentityAttribute(head: string): boolean {
  return IDENTITY_ATTRIBUTES.has(head);
}

// "how many troops will…", "how much money…", "how many people took part": the counted noun runs up to the auxiliary
// or verb (a light verb or a past form in -ed: "took", "died").
const WORD = String.raw`[\p{L}\p{N}'’-]+`;
const FINITE_VERB = String.raw`(?:${[...LIGHT_VERBS].join('|')}|\p{L}{2,}ed)`;
const HOW_MANY = new RegExp(
  String.raw`\bhow\s+(?:many|much)\s+(?!${AUXILIARY}\b)((?:${WORD}\s+){0,3}?${WORD})(?=\s+${AUXILIARY}\b|\s+${FINITE_VERB}\b|\s+\p{L}+\s+(?:to|in|for|by|on|at|from|into)\b|\s*[?.!]|\s*$)`,
  'iu',
);
// "what budget does…", "which country voted…": the noun after the wh-word, up to the auxiliary.
const WHAT_NOUN = new RegExp(
  String.raw`^(?:in\s+|on\s+|at\s+|for\s+|by\s+|from\s+|to\s+)?(?:what|which|whose)\s+(?!${AUXILIARY}\b)((?:${WORD}\s+){0,2}?${WORD})(?=\s+${AUXILIARY}\b)`,
  'iu',
);
// "who is the UN Secretary-General", "what was the ISF's budget", "what is the capital of France".
const COPULA_PHRASE = new RegExp(String.raw`^(?:who|what|which)(?:'s|’s|s\b|\s+(?:is|are|was|were|will\s+be))\s+(?:the\s+|an?\s+)?([^?]+?)(?:\s+(?:again|exactly|now|then|please))?\s*\??$`, 'iu');
// "who is leading the inquiry": a participle straight after the copula, then a determiner (see copulaFocus).
const PROGRESSIVE = /^(?:who|what|which)(?:'s|’s|\s+(?:is|are|was|were))\s+\p{L}+ing\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b/iu;
// "what did the Afghan government say", "how did China react", "what was Beijing's response".
const SPEAKER = new RegExp(
  String.raw`^(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:have\s+to\s+|had\s+to\s+|got\s+to\s+)?${SPEECH_VERB}\b|^what\s+(?:was|is|were)\s+(.+?)(?:'s|’s)?\s+(?:response|reaction|statement|comment|position|view|stance)\b`,
  'iu',
);

/** Reads the focus and speaker of a question (see QuestionFrame). */
export function frameQuestion(text: string): QuestionFrame {
  const frame: QuestionFrame = {};
  const speaker = SPEAKER.exec(text);
  const speakerText = speaker?.[1] ?? speaker?.[2];
  // A capitalised "State" is a name ("Islamic State"), not the verb of speech.
  const verbIsName = speaker !== null && /^\p{Lu}/u.test(speaker[0].split(/\s+/).at(-1) ?? '');
  // "How did the shares react": a market answers by moving, not by speaking (see asksMarketReaction).
  if (speakerText && !verbIsName && !asksMarketReaction(text)) {
    const phrase = phraseOf(speakerText, 'speaker');
    if (phrase) frame.speaker = phrase;
  }
  const counted = HOW_MANY.exec(text)?.[1];
  const typeNoun = counted === undefined ? WHAT_NOUN.exec(text)?.[1] : undefined;
  const attribute = counted === undefined && typeNoun === undefined && !frame.speaker ? copulaFocus(text) : undefined;
  const phrase = counted !== undefined ? phraseOf(counted, 'counted') : typeNoun !== undefined ? phraseOf(typeNoun, 'type') : attribute !== undefined ? phraseOf(attribute, 'attribute') : undefined;
  if (phrase) frame.focus = phrase;
  return frame;
}

/** The attribute a "who/what is the X (of Y)" question asks for: X, when X is not a bare name. */
function copulaFocus(text: string): string | undefined {
  const phrase = COPULA_PHRASE.exec(text)?.[1];
  if (!phrase) return undefined;
  // "the capital of France": the head comes before "of"; "the ISF's budget": after the possessive.
  // A passive question ("what was produced at…") has a verb, not an attribute, after the copula.
  if (/^\p{L}+ed\b/iu.test(phrase)) return undefined;
  // "who is leading the inquiry", "who was running the campaign": a progressive verb and its object, not an
  // attribute ("who is the leading scorer" keeps its article before the participle).
  if (PROGRESSIVE.test(text)) return undefined;
  // "who is less welcome as…", "what is most likely…": a predicate, not an attribute.
  if (/^(?:less|more|most|least|very|too|so|also|still|not)\b/iu.test(phrase)) return undefined;
  // The attribute ends where a preposition, a relative word or a participle starts ("the expression used to…").
  // "the name of the Dawn reporter": what is named is the reporter.
  const named = /^(?:full\s+|real\s+)?(?:name|names|identity)\s+of\s+(?:the\s+|an?\s+)?(.+)$/iu.exec(phrase)?.[1];
  if (named) return copulaFocus(`what is ${named}`);
  const beforeOf = phrase.split(/\s+(?:of|for|in|at|on|as|behind|from|that|which|who|whom|to|with|by|during|when|where|\p{L}+ed|\p{L}+ing)\b/iu)[0]!;
  // "Asterline Logistics' annual revenue": a name ending in s takes the apostrophe alone.
  const afterPossessive = beforeOf.split(/['’]s\s+|(?<=\p{L}s)['’]\s+/u).at(-1)!;
  const words = afterPossessive.trim().split(/\s+/);
  // A phrase that is only capitalised words or an acronym is a name ("who is Andrabi"), not an attribute.
  if (words.every((w) => /^\p{Lu}/u.test(w)) && !/-/.test(afterPossessive)) return undefined;
  return afterPossessive;
}

/** Turns the words of a phrase into a FramePhrase; undefined when none of them is a content word. */
function phraseOf(raw: string, role: FramePhrase['role']): FramePhrase | undefined {
  const words = raw.trim().split(/\s+/);
  const whole = words.join(' ');
  while (words.length > 0 && DETERMINER.test(words[0]!)) words.shift();
  // "Russia probably", "the army really": adverbs are not part of who spoke.
  const text = role === 'speaker' ? whole.replace(/\s+\p{L}+ly$/u, '') : words.join(' ');
  const terms = analyzeText(words.join(' ')).filter((t) => !t.compound && !/ly$/.test(t.normal)).map((t) => t.term);
  if (terms.length === 0) return undefined;
  const lastWord = (words.at(-1) ?? '').toLowerCase().replace(/['’]s$/, '');
  const lastPart = lastWord.split('-').at(-1)!;
  // "What actress…", "which episode…": the noun after the question word is the kind of the answer.
  const generic = role === 'type' || (role !== 'speaker' && GENERIC_HEADS.has(lastPart) && !lastWord.includes('-'));
  return { text, terms, head: terms.at(-1)!, role, generic };
}
