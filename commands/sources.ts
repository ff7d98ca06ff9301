import { describeSkippedFiles } from '../src/corpus/skippedFiles.ts';
import type { CommandDefinition } from './types.ts';

/** `/isf sources`: the documents the bot quotes from, and a line naming the corpus files skipped (JSON: the documents only). */
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
    const skipped = describeSkippedFiles(engine.corpus);
    return {
      command: 'sources',
      heading: documents.length === 1 ? 'One story in the corpus' : `${documents.length} stories in the corpus`,
      lines: [
        ...documents.map((d) => [d.title, d.source, d.published, d.url, `${d.paragraphs} ${d.paragraphs === 1 ? 'paragraph' : 'paragraphs'}`, `id ${d.doc}`].filter(Boolean).join(' · ')),
        ...(skipped === undefined ? [] : [skipped]),
      ],
      quotes: [],
      refused: false,
      json: documents,
    };
  },
};
