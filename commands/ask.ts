import { answerReply } from './answerReply.ts';
import { clipText } from '../src/text/fitText.ts';
import type { CommandDefinition } from './types.ts';

/** Longest question accepted; longer input is cut to it before retrieval. */
export const MAX_QUESTION_LENGTH = 500;

/** `/isf ask <question>`: answers with verbatim, cited quotes, or says the story does not answer. */
export const ask: CommandDefinition = {
  name: 'ask',
  description: 'Ask a question; the answer quotes the story, with sources',
  usage: 'ask How many troops has Pakistan sent to UN missions?',
  options: [
    { name: 'question', description: 'Your question about the story', type: 'string', required: true, maxLength: MAX_QUESTION_LENGTH, autocomplete: true },
    { name: 'private', description: 'Only you see the answer', type: 'boolean', required: false },
  ],
  rateLimited: true,
  privateByDefault: false,
  shareable: true,
  keptInConversation: true,
  echoLabel: 'Question',
  layout: 'answer',
  handler({ engine, args }) {
    const question = typeof args.question === 'string' ? clipText(args.question, MAX_QUESTION_LENGTH) : '';
    return answerReply('ask', engine.ask(question));
  },
};
