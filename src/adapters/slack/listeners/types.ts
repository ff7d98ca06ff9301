import type { Bot } from '../../../bot/bot.ts';
import type { Logger } from '../../../logger.ts';

/** What every Slack listener needs: the bot to run commands and the logger. */
export interface ListenerDeps {
  bot: Bot;
  logger: Logger;
  /** The slash command answered, `/isf` unless configured otherwise. */
  commandName: string;
}
