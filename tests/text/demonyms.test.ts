import { describe, expect, it } from 'vitest';
import { countryNamesOf } from '../../src/text/demonyms.ts';

describe('countryNamesOf', () => {
  it('names the country of a nationality word the suffix rules cannot derive, singular or plural', () => {
    expect(countryNamesOf('americans')).toContain('US');
    expect(countryNamesOf('american')).toContain('America');
    expect(countryNamesOf('dutch')).toContain('Netherlands');
    expect(countryNamesOf('swiss')).toEqual(['Switzerland']);
  });

  it("names the country's other names news writing uses for it ('America' for the US)", () => {
    expect(countryNamesOf('america')).toEqual(['US', 'USA']);
    expect(countryNamesOf('holland')).toEqual(['Netherlands']);
  });

  it('names nothing for other words', () => {
    expect(countryNamesOf('troops')).toEqual([]);
    expect(countryNamesOf('pakistani')).toEqual([]);
  });
});
