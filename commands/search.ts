import { clipText } from '../src/text/fitText.ts';
import { answerReply } from './answerReply.ts';
import type { CommandDefinition } from './types.ts';

/** Longest search terms read (characters), as Discord's option allows; longer text is cut, as a question is. */
export const MAX_SEARCH_TERMS_LENGTH = 200;

/** `/isf search <terms>`: the passages that best match some keywords. */
export const search: CommandDefinition = {
  name: 'search',
  description: 'Find the passages that mention some words',
  usage: 'search Security Council vote',
  options: [
    { name: 'terms', description: 'Words to look for', type: 'string', required: true, maxLength: MAX_SEARCH_TERMS_LENGTH },
    { name: 'private', description: 'Only you see the results', type: 'boolean', required: false },
  ],
  rateLimited: true,
  privateByDefault: false,
  shareable: true,
  keptInConversation: true,
  echoLabel: 'Search',
  layout: 'answer',
  handler({ engine, args }) {
    const terms = typeof args.terms === 'string' ? clipText(args.terms, MAX_SEARCH_TERMS_LENGTH) : '';
    return answerReply('search', engine.search(terms));
  },
};
