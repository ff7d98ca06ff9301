import { remembered } from './boundedMemo.ts';
import { synsetAt, synsetsOf, type Synset } from './wordNet.ts';
import { NOUN_PERSON_FILE } from './personNouns.ts';

/** Shortest synonym kept: shorter ones are abbreviations ("OR" for an operating room). */
const MIN_SYNONYM_LENGTH = 3;

/** Most nouns whose synonyms are kept: a question asks for one noun; bounded like the stem cache. */
const MAX_KNOWN = 10_000;
const known = new Map<string, readonly string[]>();

/** Forms a plural noun's singular may hide in: "surgeries" → "surgery", "boxes" → "box", "berths" → "berth". */
function singularForms(noun: string): string[] {
  const forms = [noun];
  if (noun.endsWith('ies') && noun.length > 4) forms.push(`${noun.slice(0, -3)}y`);
  if (noun.endsWith('es') && noun.length > 3) forms.push(noun.slice(0, -2));
  if (noun.endsWith('s') && noun.length > 2) forms.push(noun.slice(0, -1));
  return forms;
}

/**
 * The words WordNet gives as the same noun in its first `senses` senses, most frequent first (all by default:
 * "surgeries" → "operation", in the fourth), without the noun itself; multi-word ones with spaces ("chief executive").
 * The counted-noun check takes every sense, only to spare an answer it would refuse; ranking takes the first few
 * (analyzeQuestion's RELATED_SENSES). Empty for a word WordNet has no noun for. Loads WordNet's nouns (about 20 MB)
 * on first use.
 */
export function nounSynonyms(noun: string, senses = Infinity): readonly string[] {
  return remembered(known, MAX_KNOWN, senses === Infinity ? noun : `${senses}:${noun}`, () => synonymsWhere(noun, senses, () => true));
}

/** The words WordNet gives as a noun (or its singular) in its first `senses` senses that `keep` takes, without the noun itself. */
function synonymsWhere(noun: string, senses: number, keep: (synset: Synset, word: string) => boolean): string[] {
  const forms = singularForms(noun);
  const out = new Set<string>();
  for (const form of forms) {
    for (const offset of synsetsOf('noun', form).slice(0, senses)) {
      const synset = synsetAt('noun', offset);
      for (const w of synset.words) if (w.length >= MIN_SYNONYM_LENGTH && keep(synset, w)) out.add(w);
    }
  }
  for (const form of forms) out.delete(form);
  return [...out];
}

/**
 * Senses of a noun whose synonyms stand in for a question word the corpus lacks: WordNet's most frequent one ("judge" →
 * "justice", "boss" → "chief"). Set by hand on the dev stories: the second sense already leads afield ("judge" →
 * "evaluator").
 */
const COMMON_SENSES = 1;

const knownCommon = new Map<string, readonly string[]>();

/**
 * The one-word synonyms WordNet gives for a person noun in its first COMMON_SENSES senses, where that sense names a
 * person ("judge" → "justice", "jurist"; "boss" → "chief"), without the noun itself: a story names someone by a title a
 * reader words otherwise. Other nouns' synonyms are left out: on XQuAD "growth" → "development" and "attribute" →
 * "property" let questions about unindexed articles through (off-corpus refused 410 -> 405 of 567). Loads WordNet's
 * nouns on first use.
 */
export function personNounSynonyms(noun: string): readonly string[] {
  return remembered(knownCommon, MAX_KNOWN, noun, () => synonymsWhere(noun, COMMON_SENSES, (synset, w) => synset.lexFile === NOUN_PERSON_FILE && !w.includes(' ')));
}

/** Senses of a noun whose kinds are read (nounKinds): its most frequent one ("job" as an occupation, not a task). */
const KIND_SENSES = 1;

const knownKinds = new Map<string, readonly string[]>();

/**
 * The kinds of a noun: the words of WordNet's direct hyponyms of its first KIND_SENSES senses ("jobs" → "position",
 * "post", "career", "employment"; "vehicle" → "car", "truck"), multi-word ones with spaces, without the noun itself: a
 * number of positions is a number of jobs. Loads WordNet's nouns on first use.
 */
export function nounKinds(noun: string): readonly string[] {
  return remembered(knownKinds, MAX_KNOWN, noun, () => {
    const forms = singularForms(noun);
    const out = new Set<string>();
    for (const form of forms) {
      for (const offset of synsetsOf('noun', form).slice(0, KIND_SENSES)) {
        for (const [symbol, target, part] of synsetAt('noun', offset).pointers) {
          if (symbol === '~' && part === 'n') for (const w of synsetAt('noun', target).words) if (w.length >= MIN_SYNONYM_LENGTH) out.add(w);
        }
      }
    }
    for (const form of forms) out.delete(form);
    return [...out];
  });
}
