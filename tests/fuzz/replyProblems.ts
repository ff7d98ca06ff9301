// What a well-formed reply of the fuzz suite looks like.
import type { BotReply } from '../../commands/reply.ts';
import { COMMANDS } from '../../commands/index.ts';

const COMMAND_NAMES = new Set(COMMANDS.map((c) => c.name));

/**
 * The ways a reply from a real command is not well formed: not a known command, fields of the wrong type,
 * a quote that is not verbatim text of the paragraph it cites, JSON that cannot be printed, or the apology
 * Bot gives when a handler threw.
 */
export function replyProblems(reply: BotReply, paragraphs: Map<string, string>): string[] {
  const problems: string[] = [];
  if (!reply || typeof reply !== 'object') return [`not an object: ${String(reply)}`];
  if (!COMMAND_NAMES.has(reply.command)) problems.push(`unknown command ${JSON.stringify(reply.command)}`);
  if (typeof reply.refused !== 'boolean') problems.push('refused is not a boolean');
  if (!Array.isArray(reply.lines) || !reply.lines.every((l) => typeof l === 'string')) problems.push('lines is not a list of strings');
  for (const field of ['heading', 'echo'] as const) {
    if (reply[field] !== undefined && typeof reply[field] !== 'string') problems.push(`${field} is not a string`);
  }
  if (!Array.isArray(reply.quotes)) return [...problems, 'quotes is not a list'];
  for (const q of reply.quotes) {
    const paragraph = paragraphs.get(`${q.doc}#${q.paragraph}`);
    if (paragraph === undefined) problems.push(`quote cites ${q.doc} ¶${q.paragraph}, which is not in the corpus`);
    else if (typeof q.quote !== 'string' || q.quote === '' || !paragraph.includes(q.quote)) problems.push(`quote is not verbatim from ${q.doc} ¶${q.paragraph}: ${JSON.stringify(q.quote)}`);
  }
  try {
    JSON.stringify(reply.json);
  } catch (error) {
    problems.push(`json cannot be printed: ${String(error)}`);
  }
  if (reply.failed === true || (reply.json as { error?: unknown } | null)?.error === 'internal error') problems.push('the apology: a handler threw');
  return problems;
}
