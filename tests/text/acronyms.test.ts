import { describe, expect, it } from 'vitest';
import { buildAcronymTable, findAcronymDefinitions, inferAcronyms } from '../../src/text/acronyms.ts';
import { COMMON_ACRONYMS } from '../../src/text/thesaurus.ts';

describe('findAcronymDefinitions', () => {
  it('finds a long form followed by its acronym in brackets', () => {
    const found = findAcronymDefinitions('the proposed International Stabilization Force (ISF) in Gaza');
    expect([...found]).toEqual([['ISF', 'International Stabilization Force']]);
  });

  it('finds an acronym followed by its long form in brackets', () => {
    const found = findAcronymDefinitions('The UNSC (United Nations Security Council) voted.');
    expect(found.get('UNSC')).toBe('United Nations Security Council');
  });

  it('skips small words inside the long form but not before it', () => {
    expect(findAcronymDefinitions('members of the Organisation of Islamic Cooperation (OIC) met').get('OIC')).toBe('Organisation of Islamic Cooperation');
  });

  it('ignores brackets whose words do not spell the acronym', () => {
    expect(findAcronymDefinitions('a big plan (ISF) and something (Xyz) else').size).toBe(0);
  });

  it('ignores bracketed words that are not all capitals', () => {
    expect(findAcronymDefinitions('the Security Council (Sc) voted').size).toBe(0);
  });
});

describe('buildAcronymTable', () => {
  it('starts from the well-known acronyms', () => {
    const table = buildAcronymTable([]);
    for (const [short, long] of Object.entries(COMMON_ACRONYMS)) expect(table.get(short)).toBe(long);
  });

  it('adds the acronyms the texts define, which override the well-known ones', () => {
    const table = buildAcronymTable(['The Ukrainian Navy (UN) sailed.', 'the Some Big Thing (SBT) grew']);
    expect(table.get('SBT')).toBe('Some Big Thing');
    expect(table.get('UN')).toBe('Ukrainian Navy');
  });
});

describe('inferAcronyms', () => {
  it('forms acronyms from the names of the texts, not from two names joined by "and"', () => {
    const inferred = inferAcronyms(['The Foreign Office and the UN Security Council met.', 'Aid to Gaza matters to China and Russia.']);
    expect(inferred.get('FO')).toBe('Foreign Office');
    expect(inferred.get('UNSC')).toBe('UN Security Council');
    expect(inferred.has('CR')).toBe(false);
  });

  it('leaves out an acronym two different names would give', () => {
    const inferred = inferAcronyms(['They met the Foreign Office.', 'They met the Finance Officer.']);
    expect(inferred.has('FO')).toBe(false);
  });
});
