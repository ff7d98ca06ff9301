import type { Answer } from '../src/search/types.ts';
import type { BotReply } from './reply.ts';

/** Turns an answer (from ask or search) into a neutral reply. */
export function answerReply(command: string, answer: Answer): BotReply {
  return {
    command,
    echo: answer.question,
    lines: answer.answered ? [] : [answer.reason ?? "The story doesn't answer that."],
    quotes: answer.passages,
    refused: !answer.answered,
    ...(!answer.answered && answer.passages.length > 0 && { quotesAreRelated: true }),
    json: answer,
  };
}
