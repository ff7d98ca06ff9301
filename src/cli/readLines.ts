import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * Yields the lines of a stream as they arrive (LF or CRLF; a final newline makes no extra empty line), holding
 * one chunk at a time: a line is yielded as soon as its newline is read, so a pipe can be driven line by line.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield stripCarriageReturn(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') yield stripCarriageReturn(pending);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
