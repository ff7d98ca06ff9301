import type { CitedPassage } from '../src/search/types.ts';

/**
 * What a command answers, independent of any chat platform: adapters only render it.
 * Text fields are plain text; anything that came from a user is in `echo` and must be escaped by the renderer.
 */
export interface BotReply {
  /** Which command produced it. */
  command: string;
  /** A short plain-text heading ("Status of the story", "Sources"). */
  heading?: string;
  /** The user's own words repeated back (their question or search terms); untrusted text. */
  echo?: string;
  /** Short plain-text lines shown before the quotes (a refusal reason, help lines, a note). */
  lines: string[];
  /** Verbatim quotes with their citations, best first. */
  quotes: CitedPassage[];
  /** True when the bot declines: the corpus does not answer, or the input was unusable. */
  refused: boolean;
  /** True when the quotes are only related passages, not an answer; renderers mark them with RELATED_PASSAGES_NOTE. */
  quotesAreRelated?: boolean;
  /** The structured result, printed as-is by the CLI's `--json`. */
  json: unknown;
  /** Only the asker may see it (a fair-use note): adapters answer ephemerally or in a DM, never publicly. */
  private?: true;
  /** With a fair-use note: seconds until the asker may ask again. */
  retryAfterSeconds?: number;
  /** True when answering failed and this is the apology. */
  failed?: true;
  /**
   * The question this reply answers, when it is not what the user typed: a follow-up read with the thread's
   * earlier question ("and China?" → "How did China vote on the UN resolution?"). Renderers show it first, in italics.
   */
  answeredQuestion?: string;
  /** Which passages of a longer answer this reply shows (1-based, inclusive) of how many; "more" shows the next ones. */
  page?: ReplyPage;
  /** The id votes on this answer are recorded under; renderers show 👍/👎 when it is set. */
  answerId?: string;
}

/** The passages of a longer answer one reply shows. */
export interface ReplyPage {
  first: number;
  last: number;
  total: number;
}

/**
 * The one note that marks related passages on every platform: they were not checked as the answer, which is
 * true whether or not one happens to bear on the question (saying "they do not answer it" would be too strong).
 */
export const RELATED_PASSAGES_NOTE = 'Related passages (not checked as the answer):';

/** The same mark on a single related passage (a Discord embed's footer). */
export const RELATED_PASSAGE_LABEL = 'Related passage (not checked as the answer)';

/** True when passages of the answer are left to show ("more"). */
export function hasMorePassages(reply: BotReply): boolean {
  return reply.page !== undefined && reply.page.last < reply.page.total;
}

/** "Passages 1–3 of 6." or "Passage 4 of 4.": where a page stands in its answer. */
export function describePage(page: ReplyPage): string {
  const range = page.first === page.last ? `${page.first}` : `${page.first}–${page.last}`;
  return `${page.first === page.last ? 'Passage' : 'Passages'} ${range} of ${page.total}.`;
}

/** Formats a citation as one line: title, ¶N, source, date. */
export function formatCitation(passage: CitedPassage): string {
  const parts = [passage.title, `¶${passage.paragraph}`];
  if (passage.source) parts.push(passage.source);
  if (passage.published) parts.push(passage.published);
  return parts.join(' · ');
}
