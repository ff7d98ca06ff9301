import { splitSentences } from '../corpus/splitSentences.ts';

/** How long a text is where it will be shown: its plain length, or its length once escaped (and prefixed); never less than its UTF-16 length. */
type Measure = (text: string) => number;

/** How a platform fits text: its measure (after its own escaping) and the mark that ends a text cut short. */
export interface FitOptions {
  /** The length of a text as the platform counts it; it must grow with the text. Default: UTF-16 units. */
  measure?: Measure;
  /** Appended to a text that was cut short (counted in the measure). Default: `' …'`. */
  mark?: string;
  /** Pieces never cut in half, such as escape sequences in text that is already escaped (global flag). */
  unbreakable?: RegExp;
}

/** The mark that ends a text cut short, unless a platform gives its own. */
const DEFAULT_CUT_MARK = ' …';

// Characters past the limit still split into sentences, so that a sentence running over the limit is seen whole and
// not taken for one ending at the limit; splitting a very long text in full would be slow (natural's tokenizer).
const SENTENCE_MARGIN = 1000;

// A sentence or word end is used only when it keeps at least this share of the room; otherwise the cut goes further
// (a word, then anywhere), so a long first sentence does not shrink a text to a few words.
const MIN_SHARE_KEPT = 0.5;

const unitLength: Measure = (text) => text.length;
// Made on the first cut (loading ICU's segmenter is a cost every start-up would pay otherwise).
let graphemes: Intl.Segmenter | undefined;

/**
 * Shortens text to fit `max` as measured, never rejecting it: it keeps whole sentences (the corpus's own sentence
 * splitter, so "Dr." or "U.S." do not end one) when that uses at least half the room, else whole words, else whole
 * graphemes (a flag or an emoji is never split), and ends with the cut mark. What it keeps is a verbatim prefix of
 * the text, never ending inside an unbreakable piece. Text that fits is returned unchanged.
 */
export function fitText(text: string, max: number, options: FitOptions = {}): string {
  const { measure = unitLength, mark = DEFAULT_CUT_MARK, unbreakable } = options;
  if (text.length <= max && measure(text) <= max) return text;
  const room = max - measure(mark);
  if (room < 0) return measure(mark.trim()) <= max ? mark.trim() : '';
  const fit = longestPrefixThatFits(text, room, measure);
  const cut = (end: number): string => `${text.slice(0, end).trimEnd()}${mark}`;
  const safe = (end: number): number => safeCutBefore(text, end, unbreakable);

  const atSentence = safe(lastSentenceEnd(text, fit));
  if (atSentence > 0 && atSentence >= fit * MIN_SHARE_KEPT) return cut(atSentence);
  const atWord = safe(text.slice(0, fit + 1).search(/\s\S*$/));
  if (atWord > 0 && atWord >= fit * MIN_SHARE_KEPT) return cut(atWord);
  return cut(safe(fit));
}

/** Cuts text to at most `max` UTF-16 units at a grapheme boundary, with no mark: for ids and typed text kept short. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, safeCutBefore(text, Math.max(0, max)));
}

/** The largest prefix length whose measure is within `room` (measure grows with length, and is at least the length). */
function longestPrefixThatFits(text: string, room: number, measure: Measure): number {
  let low = 0;
  let high = Math.min(text.length, room);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The nearest offset at or before `end` that is a grapheme boundary and outside every unbreakable piece (0 when none). */
function safeCutBefore(text: string, end: number, unbreakable?: RegExp): number {
  if (end <= 0) return 0;
  let at = Math.min(end, text.length);
  if (unbreakable) {
    const pattern = new RegExp(unbreakable.source, unbreakable.flags.includes('g') ? unbreakable.flags : `${unbreakable.flags}g`);
    for (let match = pattern.exec(text); match && match.index < at; match = pattern.exec(text)) {
      const after = match.index + match[0].length;
      if (after > at) at = match.index;
      if (match[0] === '') pattern.lastIndex += 1;
    }
  }
  if (at >= text.length) return at;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return graphemes.segment(text).containing(at)?.index ?? at;
}

/** The end offset of the last sentence (or line) that ends within the first `limit` characters, or 0. */
function lastSentenceEnd(text: string, limit: number): number {
  let best = 0;
  const window = text.slice(0, limit + SENTENCE_MARGIN);
  for (const line of window.matchAll(/[^\n]+/g)) {
    for (const sentence of splitSentences(line[0])) {
      const end = line.index + sentence.end;
      if (end <= limit) best = Math.max(best, end);
    }
  }
  return best;
}
