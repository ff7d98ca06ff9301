import { answerReply } from './answerReply.ts';
import type { CommandDefinition } from './types.ts';

/** `/isf search <terms>`: the passages that best match some keywords. */
export const search: CommandDefinition = {
  name: 'search',
  description: 'Find the passages that mention some words',
  usage: 'search Security Council vote',
  options: [
    { name: 'terms', description: 'Words to look for', type: 'string', required: true, maxLength: 200 },
    { name: 'private', description: 'Only you see the results', type: 'boolean', required: false },
  ],
  rateLimited: true,
  privateByDefault: false,
  shareable: true,
  keptInConversation: true,
  echoLabel: 'Search',
  layout: 'answer',
  handler({ engine, args }) {
    const terms = typeof args.terms === 'string' ? args.terms : '';
    return answerReply('search', engine.search(terms));
  },
};
