import { createHash } from 'node:crypto';
import { analyzeText } from '../text/analyze.ts';
import { STOP_WORDS } from '../text/stopWords.ts';
import { LEMMAS } from '../text/thesaurus.ts';

/**
 * Version of what a persisted index holds (its fields, their meaning). Bump it whenever the index's content
 * changes in a way the fingerprint below cannot see: a new field, a different MiniSearch option.
 */
export const INDEX_FORMAT_VERSION = 8;

// Words of every kind the analysis treats specially: acronyms, possessives, numbers, compounds, accents, lemmas.
const PROBE =
  "The U.S. and the UN's 200,000 troops were sent; Pakistan’s cease-fire talks, Café Zürich, ISF (International " +
  'Stabilization Force) leaders said they are going to consider 3.5 percent running mice women children';

/**
 * The engine version a persisted index is keyed by: the format version and a fingerprint of the text
 * analysis (how a probe sentence is tokenized and stemmed, the sizes of the word lists), so a change to
 * tokenizing, stemming, stop words or lemmas invalidates saved indexes even if nobody bumps the number.
 */
export function engineVersion(): string {
  const probe = analyzeText(PROBE).map((t) => `${t.term}/${t.normal}/${t.acronym ? 1 : 0}${t.capitalized ? 1 : 0}`);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([probe, STOP_WORDS.size, Object.keys(LEMMAS).length]))
    .digest('hex')
    .slice(0, 12);
  return `${INDEX_FORMAT_VERSION}-${fingerprint}`;
}
