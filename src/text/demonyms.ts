/**
 * Nationality words whose country the suffix rules of wordVariants cannot derive ("American" is not "Americ" or
 * "Amerca"; "Dutch" is not "Dutchland"), with the one-word names a news text uses for the country: general
 * English, no story's words. Plurals are listed where they are not the singular plus "s" ("Swiss").
 */
const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  american: ['US', 'USA', 'America'],
  british: ['UK', 'Britain'],
  brit: ['UK', 'Britain'],
  english: ['England'],
  french: ['France'],
  dutch: ['Netherlands', 'Holland'],
  swiss: ['Switzerland'],
  greek: ['Greece'],
  thai: ['Thailand'],
  filipino: ['Philippines'],
  welsh: ['Wales'],
  scottish: ['Scotland'],
  scot: ['Scotland'],
  irish: ['Ireland'],
  danish: ['Denmark'],
  dane: ['Denmark'],
  swedish: ['Sweden'],
  swede: ['Sweden'],
  finnish: ['Finland'],
  finn: ['Finland'],
  polish: ['Poland'],
  pole: ['Poland'],
  turkish: ['Turkey', 'Türkiye'],
  turk: ['Turkey', 'Türkiye'],
  spanish: ['Spain'],
  spaniard: ['Spain'],
  portuguese: ['Portugal'],
  saudi: ['Saudi'],
  emirati: ['UAE', 'Emirates'],
  kiwi: ['Zealand'],
  // A country's own other names, which news writing swaps freely ("America" for the US, "Holland" for the Netherlands).
  america: ['US', 'USA'],
  britain: ['UK'],
  holland: ['Netherlands'],
};

/**
 * The one-word country names a nationality word, or another name of the country, stands for ("americans" → US, USA,
 * America; "America" → US, USA); none for other words.
 */
export function countryNamesOf(word: string): readonly string[] {
  return DEMONYMS[word] ?? (word.endsWith('s') ? DEMONYMS[word.slice(0, -1)] : undefined) ?? [];
}
