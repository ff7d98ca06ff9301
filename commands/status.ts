import type { CommandDefinition } from './types.ts';

/** `/isf status`: where the story stands now, in 3 to 6 verbatim, cited lines. */
export const status: CommandDefinition = {
  name: 'status',
  description: 'Where the story stands now, quoted from it',
  usage: 'status',
  options: [],
  rateLimited: false,
  privateByDefault: false,
  shareable: true,
  keptInConversation: true,
  layout: 'brief',
  handler({ engine }) {
    const brief = engine.status();
    return {
      command: 'status',
      heading: `Where the story stands: ${brief.title}`,
      lines: [],
      quotes: brief.lines,
      refused: brief.lines.length === 0,
      json: brief,
    };
  },
};
