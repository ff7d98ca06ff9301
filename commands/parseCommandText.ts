import { findCommand } from './index.ts';
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
  const help = findCommand('help')!;
  if (text === '') return { command: help, args: {} };
  const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  const word = match?.[1] ?? '';
  const rest = (match?.[2] ?? '').trim();
  const named = findCommand(word);
  if (!named) return { command: findCommand('ask')!, args: { question: text } };
  const textOption = named.options.find((o) => o.type === 'string');
  if (!textOption) return { command: named, args: {} };
  if (rest === '') return { command: help, args: {} };
  return { command: named, args: { [textOption.name]: rest } };
}
