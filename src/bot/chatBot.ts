import type { CommandArgs } from '../../commands/index.ts';
import type { Bot, Requester } from './bot.ts';
import type { BotReply } from '../../commands/reply.ts';

/**
 * What a chat adapter needs of the bot. `Bot` fits (its replies come at once); `FairUseBot` fits too,
 * and its replies come as promises (queued behind the concurrency cap), so adapters await them.
 */
export interface ChatBot {
  readonly engine: Bot['engine'];
  run(commandName: string, args: CommandArgs, requester?: Requester): BotReply | Promise<BotReply>;
  runText(text: string, requester?: Requester): BotReply | Promise<BotReply>;
}
