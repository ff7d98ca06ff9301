import { splitSentences } from '../../corpus/splitSentences.ts';

/** How long a text is where it will be shown (plain length, or its length once escaped and prefixed). */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Characters past the limit still split into sentences, so a sentence ending there is not taken for one ending earlier. */
const SENTENCE_MARGIN = 1000;

/**
 * Shortens text to fit `max` as measured, never rejecting it: it keeps whole sentences when at least half
 * the room is used, else whole words, else cuts hard; a cut text ends with an ellipsis. What remains is a
 * verbatim prefix of the text.
 */
export function cutAtSentence(text: string, max: number, measure: Measure = (s) => s.length): string {
  if (measure(text) <= max) return text;
  const room = max - measure(ELLIPSIS);
  if (room <= 0) return ELLIPSIS.slice(0, Math.max(0, max));
  const fit = longestPrefixThatFits(text, room, measure);
  const sentenceFit = longestPrefixThatFits(text, max - measure(` ${ELLIPSIS}`), measure);
  const atSentence = lastSentenceEnd(text, sentenceFit);
  if (atSentence > 0 && atSentence >= fit / 2) return `${text.slice(0, atSentence).trimEnd()} ${ELLIPSIS}`;
  const atWord = text.slice(0, fit + 1).search(/\s\S*$/);
  if (atWord > 0 && atWord >= fit / 2) return `${text.slice(0, atWord).trimEnd()}${ELLIPSIS}`;
  return `${text.slice(0, fit)}${ELLIPSIS}`;
}

/** The largest prefix length (not splitting a surrogate pair) whose measure is within `room`; measure grows with length. */
function longestPrefixThatFits(text: string, room: number, measure: Measure): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  const code = text.charCodeAt(low - 1);
  return code >= 0xd800 && code <= 0xdbff ? low - 1 : low;
}

/** The end offset of the last sentence that ends within the first `limit` characters, or 0. */
function lastSentenceEnd(text: string, limit: number): number {
  let best = 0;
  // Only the part that can fit needs splitting (with a margin, so the sentence crossing the limit is seen whole);
  // splitting a very long text in full would be slow.
  for (const paragraph of paragraphsWithOffsets(text.slice(0, limit + SENTENCE_MARGIN))) {
    for (const sentence of splitSentences(paragraph.text)) {
      const end = paragraph.start + sentence.end;
      if (end <= limit) best = Math.max(best, end);
    }
  }
  return best;
}

function paragraphsWithOffsets(text: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) parts.push({ text: match[0], start: match.index });
  return parts;
}
