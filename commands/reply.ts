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
  /** True when the quotes are only related passages, not an answer. */
  quotesAreRelated?: boolean;
  /** The structured result, printed as-is by the CLI's `--json`. */
  json: unknown;
  /** Only the asker may see it (a fair-use note): adapters answer ephemerally or in a DM, never publicly. */
  private?: true;
  /** With a fair-use note: seconds until the asker may ask again. */
  retryAfterSeconds?: number;
  /** True when answering failed and this is the apology. */
  failed?: true;
}

/** Formats a citation as one line: title, ¶N, source, date. */
export function formatCitation(passage: CitedPassage): string {
  const parts = [passage.title, `¶${passage.paragraph}`];
  if (passage.source) parts.push(passage.source);
  if (passage.published) parts.push(passage.published);
  return parts.join(' · ');
}
