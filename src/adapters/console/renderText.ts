import { describePage, formatCitation, hasMorePassages, type BotReply } from '../../../commands/reply.ts';

/** Renders a reply for a terminal: the question as read (a follow-up), heading, lines, then each quote followed by its citation. */
export function renderText(reply: BotReply): string {
  const out: string[] = [];
  // Italics as Markdown writes them (_…_): readable in any terminal, in a pipe and in a log.
  if (reply.answeredQuestion !== undefined) out.push(`_${sanitize(reply.answeredQuestion)}_`);
  if (reply.heading) out.push(sanitize(reply.heading));
  for (const line of reply.lines) out.push(sanitize(line));
  if (reply.quotesAreRelated && reply.quotes.length > 0) out.push('Closest passages, which do not answer it:');
  for (const quote of reply.quotes) {
    out.push('');
    out.push(indent(sanitize(quote.quote), '  │ '));
    out.push(indent(sanitize(`— ${formatCitation(quote)}${quote.url ? ` · ${quote.url}` : ''}`), '    '));
  }
  if (reply.page) out.push('', `${describePage(reply.page)}${hasMorePassages(reply) ? ' Type "more" for the next.' : ''}`);
  return `${out.join('\n')}\n`;
}

/** Drops terminal control characters from text, so a story cannot drive the terminal. */
function sanitize(text: string): string {
  return text.replace(/[\p{Cc}]/gu, (c) => (c === '\n' ? '\n' : ' '));
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}
