/**
 * Share of characters that may be control or replacement characters in a story. Text holds none beyond an
 * odd stray one (a vertical tab pasted from a word processor); binary data decoded as text holds many
 * (1 in 8 of random bytes is a C0 control), so 1 in 100 tells the two apart with room on both sides.
 */
export const MAX_NON_TEXT_SHARE = 0.01;

// C0 controls except tab, line feed, form feed and carriage return; DEL and the C1 controls; U+FFFD, the mark
// of text already mis-decoded once. NUL is counted apart: one NUL is enough to say "binary".
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NON_TEXT = /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a story file's bytes as UTF-8 (UTF-16 when it starts with a UTF-16 byte order mark), or says in
 * one line why they cannot be. A leading byte order mark is dropped. Whether the text reads as a story is
 * notTextReason's question.
 */
export function decodeStoryText(bytes: Uint8Array): string | { problem: string } {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    return { problem: 'is not a text file (it is not valid UTF-8; save it as UTF-8 text)' };
  }
  return text;
}

/**
 * Why a file's text is not a story (NUL bytes anywhere, or too many control characters in the body), or
 * undefined when it is one. Front matter is left to the renderers, which drop its control characters.
 */
export function notTextReason(text: string, body = text): string | undefined {
  if (text.includes('\u0000')) return 'is not a text file (it holds NUL bytes)';
  const nonText = body.match(NON_TEXT)?.length ?? 0;
  if (nonText > 0 && nonText > body.length * MAX_NON_TEXT_SHARE) {
    return `is not a text file (${nonText} of its ${body.length} characters are control or replacement characters)`;
  }
  return undefined;
}
