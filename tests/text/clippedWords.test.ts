import { describe, expect, it } from 'vitest';
import { isClippingOf, isContractionOf, mayBeContraction } from '../../src/text/clippedWords.ts';

describe('isClippingOf', () => {
  it('knows a word clipped to its start', () => {
    expect(isClippingOf('admin', 'administration')).toBe(true);
    expect(isClippingOf('info', 'information')).toBe(true);
  });

  it('keeps at least four letters and leaves out at least two', () => {
    expect(isClippingOf('adm', 'administration')).toBe(false);
    expect(isClippingOf('forc', 'force')).toBe(false);
    expect(isClippingOf('admin', 'admin')).toBe(false);
  });

  it('is a start, not any part of the word', () => {
    expect(isClippingOf('nistr', 'administration')).toBe(false);
  });
});

describe('isContractionOf', () => {
  it('knows contractions that keep the first and last letters and a few consonants', () => {
    expect(isContractionOf('govt', 'government')).toBe(true);
    expect(isContractionOf('intl', 'international')).toBe(true);
    expect(isContractionOf('dept', 'department')).toBe(true);
    expect(isContractionOf('mgmt', 'management')).toBe(true);
  });

  it('needs the same first and last letters and the letters in order', () => {
    expect(isContractionOf('govt', 'governor')).toBe(false);
    expect(isContractionOf('gvot', 'government')).toBe(false);
    expect(isContractionOf('lntl', 'international')).toBe(false);
  });

  it('takes no word with vowels kept as a contraction (a name or a typo)', () => {
    expect(mayBeContraction('omar')).toBe(false);
    expect(isContractionOf('meant', 'movement')).toBe(false);
    expect(mayBeContraction('Govt')).toBe(false);
  });
});
