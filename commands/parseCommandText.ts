import { COMMANDS, findCommand, resolveCommand } from './index.ts';
import type { CommandArgs, CommandDefinition } from './types.ts';

/** A line of chat text resolved to a command and its options. */
export interface ParsedCommand {
  command: CommandDefinition;
  args: CommandArgs;
}

/**
 * Reads free chat text the way `/isf` does on Slack and in the console: `status`, `ask <question>`,
 * `search <terms>`, `sources`, `help`; any other text is a question; empty text asks for help.
 * A leading `/isf` (or `isf`) is ignored.
 */
export function parseCommandText(raw: string): ParsedCommand {
  const text = raw.replace(/^\s*\/?isf\b\s*/i, '').trim();
  const help = resolveCommand(undefined);
  if (text === '') return { command: help, args: {} };
  const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  const word = match?.[1] ?? '';
  const rest = (match?.[2] ?? '').trim();
  const named = findCommand(word);
  // A lone word that is nearly a command name ("stauts") is a mistyped subcommand: show help, not an answer.
  if (!named && rest === '' && looksLikeCommand(word)) return { command: help, args: {} };
  if (!named) return { command: resolveCommand('ask'), args: { question: text } };
  const textOption = named.options.find((o) => o.type === 'string');
  if (!textOption) return { command: named, args: {} };
  if (rest === '') return { command: help, args: {} };
  return { command: named, args: { [textOption.name]: rest } };
}

/** Whether a word is within two edits of a command name. */
function looksLikeCommand(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMANDS.some((c) => editDistance(lower, c.name) <= Math.min(2, c.name.length - 2));
}

/** Levenshtein distance with adjacent swaps counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
