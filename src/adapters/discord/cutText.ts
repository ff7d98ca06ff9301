/** Marks text that was cut short. */
export const CUT_MARK = ' …';

// A sentence ends at . ! ? or … (with any closing quotes or brackets), before whitespace; a line break ends one too.
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s)|\n/g;

/**
 * Shortens text to at most `max` characters (UTF-16 units, as Discord counts), never rejecting it:
 * it is cut after the last whole sentence (or line) that fits, else at the last word, else anywhere
 * outside a surrogate pair, and ends with ` …`. Text that fits is returned unchanged.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= CUT_MARK.length) return text.slice(0, Math.max(0, max)).trimEnd();
  const room = max - CUT_MARK.length;
  const window = text.slice(0, room + 1);

  let end = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const after = match.index + (match[0] === '\n' ? 0 : match[0].length);
    if (after <= room && after > 0) end = after;
  }
  if (end <= 0) end = window.slice(0, room + 1).search(/\s\S*$/);
  if (end <= 0) end = room;
  // Never split a surrogate pair (an emoji, say).
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${CUT_MARK}`;
}
