/**
 * Share of a document's paragraphs a word must stand in to be one of the story's themes ("the deal" of a takeover
 * story): "what did X say about the deal" is then about the story itself, and any speech by X answers it. Set by hand
 * on the takeover near-miss set (3 of 14 paragraphs is a theme) and the shipped story. Themes are saved with an
 * index: changing this or MIN_THEME_PARAGRAPHS needs a new INDEX_FORMAT_VERSION.
 */
export const THEME_PARAGRAPH_SHARE = 0.2;

/** Fewest paragraphs a theme stands in, however short the document (a word of one or two paragraphs is a detail). */
export const MIN_THEME_PARAGRAPHS = 3;

/**
 * The themes of a document, from the distinct index terms of each of its paragraphs as indexing found them: the terms
 * standing in at least THEME_PARAGRAPH_SHARE (and MIN_THEME_PARAGRAPHS) of its paragraphs, in the order first met.
 */
export function documentThemes(paragraphTerms: readonly ReadonlySet<string>[]): string[] {
  if (paragraphTerms.length < MIN_THEME_PARAGRAPHS) return [];
  const counts = new Map<string, number>();
  for (const terms of paragraphTerms) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const least = Math.max(MIN_THEME_PARAGRAPHS, THEME_PARAGRAPH_SHARE * paragraphTerms.length);
  return [...counts].filter(([, n]) => n >= least).map(([term]) => term);
}
