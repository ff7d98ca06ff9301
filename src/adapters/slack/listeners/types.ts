import type { ChatBot } from '../../../bot/chatBot.ts';
import type { ConversationServices } from '../../../bot/conversation/services.ts';
import type { Logger } from '../../../logger.ts';
import type { HomeTab } from '../homeTab.ts';
import type { ResponsePoster } from '../postToResponseUrl.ts';

/** What every Slack listener needs: the bot to run commands (its replies may come as promises) and the logger. */
export interface ListenerDeps {
  bot: ChatBot;
  logger: Logger;
  /** The slash command answered, `/isf` unless configured otherwise. */
  commandName: string;
  /** Posts slash-command answers to their response_url. */
  postResponse: ResponsePoster;
  /** Vote recording (👍/👎); without it votes are acknowledged but not kept. */
  conversation?: ConversationServices;
  /** True the first time an event id is seen across every replica (the store's claimEvent); default: this process only. */
  claimEvent?: (eventId: string) => Promise<boolean>;
  /** The Home tab (status brief and sources); without it app_home_opened is ignored. */
  homeTab?: HomeTab;
}
