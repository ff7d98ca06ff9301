import type { CommandArgs } from '../../commands/index.ts';
import type { Bot, Requester } from './bot.ts';
import type { BotReply } from './reply.ts';

/**
 * What a chat adapter needs of the bot. `Bot` fits (its replies come at once); `FairUseBot` fits too,
 * and its replies come as promises (queued behind the concurrency cap), so adapters await them.
 */
export interface ChatBot {
  readonly engine: Bot['engine'];
  run(commandName: string, args: CommandArgs, requester?: Requester): BotReply | Promise<BotReply>;
  runText(text: string, requester?: Requester): BotReply | Promise<BotReply>;
  /** Optional: answers and delivers within one fair-use slot (FairUseBot has it); see `answerAndDeliver`. */
  serveText?(text: string, requester: Requester, deliver: (reply: BotReply) => Promise<void>): Promise<void>;
}

/**
 * Answers chat text and delivers the reply: within the bot's fair-use slot when it has one (so the replies being
 * sent at once are bounded too), otherwise by answering, then delivering.
 */
export async function answerAndDeliver(bot: ChatBot, text: string, requester: Requester, deliver: (reply: BotReply) => Promise<void>): Promise<void> {
  if (bot.serveText) await bot.serveText(text, requester, deliver);
  else await deliver(await bot.runText(text, requester));
}
