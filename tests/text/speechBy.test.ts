import { describe, expect, it } from 'vitest';
import { speechBy } from '../../src/text/reportedSpeech.ts';

const isNorland = (folded: string) => folded === 'norland';

describe('speechBy: the source of a noun of speech named after it', () => {
  it('takes a source brought in by "from", "by" or "of"', () => {
    expect(speechBy('The plan drew criticism from Norland on Monday.', isNorland)).toBe(true);
    expect(speechBy('The views of Norland were heard.', isNorland)).toBe(true);
  });

  it('does not take a name that merely follows the noun', () => {
    expect(speechBy('Esk must weigh public opinion at home against Norland trade demands.', isNorland)).toBe(false);
  });
});

describe('speechBy: a pronoun standing for the speaker just named', () => {
  it('takes a body\'s possessive before its post ("Its president … said")', () => {
    expect(speechBy('Its president, Dr. Nadia Hollis, said practices would need extra staff.', isNorland, true)).toBe(true);
    expect(speechBy('Its president, Dr. Nadia Hollis, said practices would need extra staff.', isNorland)).toBe(false);
  });
});

describe('speechBy: the reporting verbs of news writing', () => {
  it('takes a speech act reported with its own verb ("thanked", "pointed out", "cautioned")', () => {
    expect(speechBy('Speaking in Esk, Norland thanked the council for its patience.', isNorland)).toBe(true);
    expect(speechBy('Norland pointed out that the bridge was still closed.', isNorland)).toBe(true);
    expect(speechBy('Norland cautioned that it was too soon to name a cause.', isNorland)).toBe(true);
  });
});
