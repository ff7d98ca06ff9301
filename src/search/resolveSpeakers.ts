import type { Sentence } from '../corpus/types.ts';
import { indexTerms } from '../text/analyze.ts';
import type { NameRun } from '../text/entities.ts';
import { SPEECH, speechBy } from '../text/reportedSpeech.ts';

/**
 * Whom a paragraph's sentences refer to without naming them: "he said", "the US Secretary of State", a quote with
 * no speaker, resolved to the nearest earlier name of the document. Indexed beside the paragraph (never in its
 * text, which is quoted verbatim), so "what does Rubio think…" finds "“I think we owe them…”" after "…, he said".
 */
export interface ResolvedSpeaker {
  /** The fullest form of the name the document gave earlier ("US Secretary of State Marco Rubio"). */
  name: string;
  /** Index terms of the name. */
  terms: string[];
  /** Indexes of the paragraph's sentences that refer to that person, ascending. */
  sentences: number[];
}

/** A paragraph as the resolver reads it: its sentences and its names (findNameRuns), offsets in the paragraph text. */
export interface SpeakerInput {
  text: string;
  sentences: readonly Sentence[];
  runs: readonly NameRun[];
}

/**
 * Paragraphs an antecedent may stand before the pronoun or quote that refers to it: a news quote runs on for a
 * paragraph or two after its speaker is named (set by hand on the shipped story's and invented stories' layout).
 */
export const SPEAKER_REACH_PARAGRAPHS = 2;

/** Pronouns that stand for one named person ("they" is as often a country or a body: left alone). */
const PERSON_PRONOUN = /^(?:he|she)$/;
/** A name's part before its last word that ends in a small inner word ("… of "): what follows is a place, not a surname. */
const INNER_BEFORE_LAST = /\b(?:of|de|du|del|da|van|von|al|bin|ibn|and|the|for) $/;
/** A sentence that opens with a quotation mark: a quote running on, not a word in scare quotes. */
const OPENING_QUOTE = /^\s*["“]/;

/** A name of a sentence: its run, the fuller name it stands for (or itself), whether it looks like a person's, whether written short. */
interface Named {
  run: NameRun;
  name: string;
  person: boolean;
  short: boolean;
}

/** A person as the document names them, with where they were last referred to. */
interface Referent {
  name: string;
  paragraph: number;
}

/**
 * Resolves, per paragraph of one document (in order), the people its sentences refer to without their name: a
 * sentence that reports speech by "he"/"she" gets the nearest earlier name; one that opens with a quote and names
 * nobody gets the last speaker; a name that is the leading part of an earlier one ("the US Secretary of State" after "US
 * Secretary of State Marco Rubio") or its last word ("Rubio") stands for that fuller name. General English
 * reference, no list of people: a name is any run of capitalised words outside quotation marks that is not an
 * acronym and not "the …" (a body), unless it names a fuller earlier one.
 */
export function resolveSpeakers(paragraphs: readonly SpeakerInput[]): ResolvedSpeaker[][] {
  const fullNames: string[] = [];
  let lastName: Referent | undefined;
  let lastSpeaker: Referent | undefined;
  const within = (r: Referent | undefined, p: number) => (r && p - r.paragraph <= SPEAKER_REACH_PARAGRAPHS ? r : undefined);
  return paragraphs.map(({ text, sentences, runs }, p) => {
    const quoted = quotedSpans(text);
    const resolved = new Map<string, Set<number>>();
    const refer = (name: string, sentence: number) => {
      const known = resolved.get(name);
      if (known) known.add(sentence);
      else resolved.set(name, new Set([sentence]));
    };
    // Runs, sentences and quoted spans all go in text order: one cursor each keeps a long paragraph linear.
    const ordered = [...runs].sort((a, b) => a.start - b.start);
    let r = 0;
    let q = 0;
    const inQuote = (offset: number) => {
      while (q < quoted.length && quoted[q]![1] <= offset) q++;
      return q < quoted.length && offset > quoted[q]![0] && offset < quoted[q]![1];
    };
    sentences.forEach((sentence, s) => {
      const named: Named[] = [];
      while (r < ordered.length && ordered[r]!.start < sentence.start) r++;
      for (; r < ordered.length && ordered[r]!.start < sentence.end; r++) {
        const run = ordered[r]!;
        if (run.acronym || inQuote(run.start)) continue;
        const fuller = fullerName(fullNames, run.name);
        if (fuller !== undefined) named.push({ run, name: fuller, person: true, short: true });
        // One capitalised word opening the sentence is as often "However" as a name.
        else if (!run.determined && (run.name.includes(' ') || !opensSentence(sentence, run))) named.push({ run, name: run.name, person: run.name.includes(' '), short: false });
      }
      if (SPEECH.test(sentence.text)) {
        const byName = named.find(({ run }) => speechBy(sentence.text, (w) => run.name.toLowerCase().split(/\s+/).includes(w)));
        if (byName) {
          // Said by a name written short ("Rubio said", "the US Secretary of State said"): the fuller name is meant.
          if (byName.short) refer(byName.name, s);
          lastSpeaker = { name: byName.name, paragraph: p };
        } else if (speechBy(sentence.text, (w) => PERSON_PRONOUN.test(w))) {
          const nearest = mostLikelyPerson(named.filter(({ run }) => run.start < firstPronoun(sentence)));
          const antecedent = nearest ? { name: nearest.name, paragraph: p } : within(lastName, p);
          if (antecedent) {
            if (!nearest || nearest.short) refer(antecedent.name, s);
            lastSpeaker = antecedent;
          }
        } else if (OPENING_QUOTE.test(sentence.text) && named.length === 0) {
          const speaker = within(lastSpeaker, p);
          if (speaker) {
            refer(speaker.name, s);
            lastSpeaker = { name: speaker.name, paragraph: p };
          }
        }
      }
      const nearest = mostLikelyPerson(named);
      if (nearest) lastName = { name: nearest.name, paragraph: p };
      for (const { run, short } of named) if (!short && !fullNames.includes(run.name) && run.name.includes(' ')) fullNames.push(run.name);
    });
    return [...resolved].map(([name, at]) => ({ name, terms: indexTerms(name), sentences: [...at].sort((a, b) => a - b) }));
  });
}

/**
 * The fuller earlier name a name stands for: one it is the last word or words of ("Rubio" of "Marco Rubio"), or the
 * leading words of when it is a title of two words or more ("US Secretary of State"). The longest such name.
 */
function fullerName(fullNames: readonly string[], name: string): string | undefined {
  const lower = name.toLowerCase();
  const titleLike = lower.includes(' ');
  let best: string | undefined;
  for (const full of fullNames) {
    const f = full.toLowerCase();
    if (f === lower || f.length <= lower.length) continue;
    // A surname ends a person's name ("Marco Rubio"), not a body's ("National Party of Australia").
    const suffix = f.endsWith(` ${lower}`) && !INNER_BEFORE_LAST.test(f.slice(0, f.length - lower.length));
    const prefix = titleLike && f.startsWith(`${lower} `);
    if ((suffix || prefix) && (!best || full.length > best.length)) best = full;
  }
  return best;
}

/**
 * The name a later "he" most likely stands for: the last that looks like a person's (two words or more, or the short
 * form of a fuller name: "Rubio thanked Pakistan. He…" is Rubio), else the last name.
 */
function mostLikelyPerson<T extends { person: boolean }>(named: readonly T[]): T | undefined {
  return named.findLast((n) => n.person) ?? named.at(-1);
}

/** Whether a name is the first word of its sentence. */
function opensSentence(sentence: Sentence, run: NameRun): boolean {
  return sentence.text.slice(0, run.start - sentence.start).trim().replace(/^["“(]/, '') === '';
}

/** Where a sentence's first "he"/"she" stands in the paragraph text (its end when it has none). */
function firstPronoun(sentence: Sentence): number {
  const match = /\b(?:he|she)\b/i.exec(sentence.text);
  return match ? sentence.start + match.index : sentence.end;
}

/** The spans of a text between opening and closing quotation marks (curly or straight), [start, end). */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | undefined;
  for (const match of text.matchAll(/["“”]/g)) {
    const mark = match[0];
    if (open === undefined && mark !== '”') open = match.index;
    else if (open !== undefined && mark !== '“') {
      spans.push([open, match.index]);
      open = undefined;
    }
  }
  if (open !== undefined) spans.push([open, text.length]);
  return spans;
}
