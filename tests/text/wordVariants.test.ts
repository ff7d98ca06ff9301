import { describe, expect, it } from 'vitest';
import { americanSpelling, britishSpelling, wordVariants } from '../../src/text/wordVariants.ts';

describe('wordVariants', () => {
  it('offers the country of a nationality adjective', () => {
    expect(wordVariants('pakistani')).toContain('pakistan');
    expect(wordVariants('russian')).toContain('russia');
    expect(wordVariants('chinese')).toContain('china');
    expect(wordVariants('turkish')).toContain('turkey');
  });

  it('offers the nationality adjective of a country', () => {
    expect(wordVariants('pakistan')).toContain('pakistani');
    expect(wordVariants('russia')).toContain('russian');
  });

  it('offers the American spelling of a British word', () => {
    expect(wordVariants('stabilisation')).toContain('stabilization');
  });

  it('never offers the word itself or anything shorter than three letters', () => {
    for (const word of ['pakistani', 'an', 'ian', 'isa', 'gaza', 'us']) {
      const variants = wordVariants(word);
      expect(variants).not.toContain(word);
      for (const v of variants) expect(v.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('americanSpelling', () => {
  it.each([
    ['stabilisation', 'stabilization'],
    ['organised', 'organized'],
    ['rumour', 'rumor'],
    ['rumours', 'rumors'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
  ])('spells %s as %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it('leaves American and other words alone', () => {
    for (const word of ['stabilization', 'troops', 'gaza', 'pakistan']) expect(americanSpelling(word)).toBe(word);
  });
});

describe('britishSpelling', () => {
  it.each([
    ['epicenter', 'epicentre'],
    ['centers', 'centres'],
    ['color', 'colour'],
    ['neighbors', 'neighbours'],
    ['defense', 'defence'],
    ['organized', 'organised'],
    ['traveled', 'travelled'],
  ])('spells %s as %s', (american, british) => {
    expect(britishSpelling(american)).toBe(british);
  });

  it('leaves a word with no American ending alone', () => {
    expect(britishSpelling('quake')).toBe('quake');
  });
});
