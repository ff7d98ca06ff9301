import type { CommandDefinition } from './types.ts';

/** `/isf sources`: the documents the bot quotes from. */
export const sources: CommandDefinition = {
  name: 'sources',
  description: 'List the stories the bot quotes from',
  usage: 'sources',
  options: [],
  needsIndex: false,
  rateLimited: false,
  privateByDefault: false,
  shareable: true,
  keptInConversation: false,
  layout: 'answer',
  handler({ engine }) {
    const documents = engine.sources();
    return {
      command: 'sources',
      heading: documents.length === 1 ? 'One story in the corpus' : `${documents.length} stories in the corpus`,
      lines: documents.map((d) =>
        [d.title, d.source, d.published, d.url, `${d.paragraphs} paragraphs`, `id ${d.doc}`].filter(Boolean).join(' · '),
      ),
      quotes: [],
      refused: false,
      json: documents,
    };
  },
};
