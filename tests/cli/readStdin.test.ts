import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAll, splitLines } from '../../src/cli/readStdin.ts';

describe('readAll', () => {
  it('reads a whole stream as UTF-8, even with characters split across chunks', async () => {
    const bytes = Buffer.from('Pakistan’s “offer” 😀\n');
    const stream = Readable.from([bytes.subarray(0, 10), bytes.subarray(10, 21), bytes.subarray(21)]);
    expect(await readAll(stream)).toBe('Pakistan’s “offer” 😀\n');
  });

  it('reads string chunks', async () => {
    const stream = new PassThrough({ encoding: 'utf8' });
    stream.end('one\ntwo');
    expect(await readAll(stream)).toBe('one\ntwo');
  });

  it('reads an empty stream as empty text', async () => {
    expect(await readAll(Readable.from([]))).toBe('');
  });
});

describe('splitLines', () => {
  it('splits at LF and CRLF', () => {
    expect(splitLines('a\nb\r\nc')).toEqual(['a', 'b', 'c']);
  });

  it('does not make a question of the final newline', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
  });

  it('keeps blank lines in the middle, so answers stay in step with questions', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b']);
  });
});
