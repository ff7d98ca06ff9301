import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/readLines.ts';

async function collect(input: Readable): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(input)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits at LF and CRLF, keeps blank lines in the middle, and makes no line of the final newline', async () => {
    expect(await collect(Readable.from([Buffer.from('a\nb\r\n\nc\n')]))).toEqual(['a', 'b', '', 'c']);
    expect(await collect(Readable.from([Buffer.from('a\nlast')]))).toEqual(['a', 'last']);
    expect(await collect(Readable.from([]))).toEqual([]);
  });

  it('reads UTF-8 characters and lines split across chunks', async () => {
    const bytes = Buffer.from('Pakistan’s “offer” 😀\nsecond\r\n');
    const cuts = [0, 10, 21, 24, 31, bytes.length];
    const chunks = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
    expect(await collect(Readable.from(chunks))).toEqual(['Pakistan’s “offer” 😀', 'second']);
  });

  it('reads string chunks', async () => {
    const stream = new PassThrough({ encoding: 'utf8' });
    stream.end('one\ntwo');
    expect(await collect(stream)).toEqual(['one', 'two']);
  });

  it('yields a line as soon as its newline arrives, before the stream ends', async () => {
    const input = new PassThrough();
    const lines = readLines(input);
    input.write('first\nsec');
    expect(await lines.next()).toEqual({ value: 'first', done: false });
    input.write('ond\n');
    expect(await lines.next()).toEqual({ value: 'second', done: false });
    input.end();
    expect((await lines.next()).done).toBe(true);
  });
});
