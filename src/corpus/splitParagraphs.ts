/**
 * Splits a CommonMark body into paragraphs: blocks separated by one or more blank lines,
 * in body order, each trimmed of surrounding whitespace but otherwise verbatim.
 */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}
