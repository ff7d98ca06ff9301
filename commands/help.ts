import type { CommandDefinition } from './types.ts';

/** `/isf help`: what the bot does and its commands. */
export const help: CommandDefinition = {
  name: 'help',
  description: 'What the bot can do',
  usage: 'help',
  options: [],
  rateLimited: false,
  privateByDefault: true,
  shareable: false,
  keptInConversation: false,
  layout: 'answer',
  handler() {
    return {
      command: 'help',
      heading: 'isf-bot answers questions by quoting the story itself, with sources',
      lines: HELP_LINES,
      quotes: [],
      refused: false,
      json: { commands: HELP_LINES },
    };
  },
};

// Built lazily from the command list so that help never goes stale; set by index.ts.
const HELP_LINES: string[] = [];

/** Fills the help text from the command definitions (called once by the command list). */
export function describeCommands(definitions: readonly CommandDefinition[]): void {
  HELP_LINES.length = 0;
  for (const d of definitions) HELP_LINES.push(`/isf ${d.usage} — ${d.description}`);
  HELP_LINES.push('/isf <question> — the same as /isf ask <question>');
  HELP_LINES.push('Every answer is quoted word for word from the story, with its paragraph (¶) and source.');
}
