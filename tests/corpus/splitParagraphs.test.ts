import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/corpus/splitParagraphs.ts';

describe('splitParagraphs', () => {
  it('splits at a blank line', () => {
    expect(splitParagraphs('One.\n\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('treats several blank lines, or lines of spaces and tabs, as one break', () => {
    expect(splitParagraphs('One.\n\n\n\nTwo.\n \t \nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('splits CRLF text the same way', () => {
    expect(splitParagraphs('One.\r\n\r\nTwo.\r\n\r\n\r\nThree.\r\n')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('Line one\nline two.\n\nNext.')).toEqual(['Line one\nline two.', 'Next.']);
  });

  it('trims each paragraph but keeps its inner text verbatim', () => {
    expect(splitParagraphs('\n\n   Spaced   words “quoted”  \n\n')).toEqual(['Spaced   words “quoted”']);
  });

  it('returns nothing for an empty or blank body', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\t\n\r\n')).toEqual([]);
  });
});
