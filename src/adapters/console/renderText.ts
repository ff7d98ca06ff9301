import { describePage, hasMorePassages, RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import type { CitedPassage } from '../../search/types.ts';

/** How a terminal shows replies. */
export interface TextOptions {
  /** Columns of the terminal: text is wrapped at words to fit (no wrapping when absent: a pipe or a file). */
  width?: number;
  /**
   * Documents whose full source (title, publisher, date, link) was already shown in this session: their quotes get
   * only the short citation (`¶13 · doc-id`). Updated as quotes are rendered. Default: a new set (every source shown once).
   */
  shownSources?: Set<string>;
}

/** Narrowest wrap width; below it lines are left as they are (a terminal that narrow wraps them itself). */
const MIN_WRAP_WIDTH = 20;

/**
 * Renders a reply for a terminal: the question as read (a follow-up), heading, lines, then each quote with a short citation under it (`— ¶13 · doc-id`);
 * a document's full source follows its first citation only.
 */
export function renderText(reply: BotReply, options: TextOptions = {}): string {
  const shown = options.shownSources ?? new Set<string>();
  const wrap = (text: string, prefix: string) => wrapLines(sanitize(text), prefix, options.width);
  const out: string[] = [];
  // Italics as Markdown writes them (_…_): readable in any terminal, in a pipe and in a log.
  if (reply.answeredQuestion !== undefined) out.push(wrap(`_${reply.answeredQuestion}_`, ''));
  if (reply.heading) out.push(wrap(reply.heading, ''));
  for (const line of reply.lines) out.push(wrap(line, ''));
  if (reply.quotesAreRelated && reply.quotes.length > 0) out.push(RELATED_PASSAGES_NOTE);
  for (const quote of reply.quotes) {
    out.push('');
    out.push(wrap(quote.quote, '  │ '));
    out.push(wrap(`— ¶${quote.paragraph} · ${quote.doc}`, '    '));
    if (!shown.has(quote.doc)) {
      shown.add(quote.doc);
      out.push(wrap(fullSource(quote), '      '));
    }
  }
  if (reply.page) out.push('', `${describePage(reply.page)}${hasMorePassages(reply) ? ' Type "more" for the next.' : ''}`);
  return `${out.join('\n')}\n`;
}

/** The full source of a quote's document: title, publisher, date, link. */
function fullSource(quote: CitedPassage): string {
  return [quote.title, quote.source, quote.published, quote.url].filter(Boolean).join(' · ');
}

/** Drops terminal control characters from text, so a story cannot drive the terminal. */
function sanitize(text: string): string {
  return text.replace(/[\p{Cc}]/gu, (c) => (c === '\n' ? '\n' : ' '));
}

/** Prefixes every line, wrapping at spaces to fit `width` columns when given (a longer word stays whole). */
function wrapLines(text: string, prefix: string, width: number | undefined): string {
  const room = width === undefined ? Infinity : width - prefix.length;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (room < MIN_WRAP_WIDTH || line.length <= room) {
      lines.push(`${prefix}${line}`);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > room) {
        lines.push(`${prefix}${current}`);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    lines.push(`${prefix}${current}`);
  }
  return lines.join('\n');
}
