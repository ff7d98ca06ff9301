import { afterEach, describe, expect, it } from 'vitest';
import { decodeStoryText, MAX_NON_TEXT_SHARE, notTextReason } from '../../src/corpus/decodeText.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

afterEach(removeTempDirs);

/** Bytes 1-255 in a fixed pseudo-random order (a linear congruential generator): junk with no NUL byte. */
function junkWithoutNul(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = 1 + (state % 255);
  }
  return bytes;
}

const problemOf = (bytes: Buffer): string | undefined => {
  const decoded = decodeStoryText(bytes);
  return typeof decoded === 'string' ? notTextReason(decoded) : decoded.problem;
};

describe('telling a story from binary junk', () => {
  it('refuses random bytes without a NUL among them as not valid UTF-8', () => {
    expect(junkWithoutNul(4096).includes(0)).toBe(false);
    expect(problemOf(junkWithoutNul(4096))).toMatch(/not valid UTF-8/);
  });

  it('refuses valid UTF-8 that is mostly control characters', () => {
    const controls = Buffer.from(Array.from({ length: 2000 }, (_, i) => [1, 2, 3, 7, 8, 0x1b, 0x7f][i % 7]!));
    expect(problemOf(controls)).toMatch(/control or replacement characters/);
    expect(problemOf(Buffer.from('A line of words.\n'.repeat(10) + '\uFFFD'.repeat(20)))).toMatch(/control or replacement/);
  });

  it('keeps a story with one stray control character, tabs, CRLF and form feeds', () => {
    const text = `${'Pakistan offered troops for the stabilization force, officials said.\t\r\n'.repeat(3)}\f\nThe vote\u000bpassed.`;
    expect(text.split('\u000b').length - 1).toBeLessThanOrEqual(text.length * MAX_NON_TEXT_SHARE);
    expect(decodeStoryText(Buffer.from(text))).toBe(text);
    expect(notTextReason(text)).toBeUndefined();
  });

  it('reads UTF-8 with or without a byte order mark, and UTF-16 with one', () => {
    const text = 'Islamabad says no decision yet — “not now”, said Dar.';
    expect(decodeStoryText(Buffer.from(text))).toBe(text);
    expect(decodeStoryText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeStoryText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
  });

  it('skips a junk file in a corpus folder with the reason, and loads the story beside it', async () => {
    const dir = await makeTempCorpus({ 'story.md': 'A real paragraph.', 'junk.md': junkWithoutNul(10_000), 'controls.txt': Buffer.alloc(500, 0x01) });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['story']);
    expect(corpus.problems.map((p) => p.message)).toEqual([expect.stringMatching(/not a text file/), expect.stringMatching(/not a text file/)]);
  });
});
