import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { resolveCommand } from '../../../../commands/index.ts';
import { renderSlackBlocks } from '../renderSlackBlocks.ts';
import { unescapeSlackText } from '../escapeSlackText.ts';
import { slackConversation } from './conversationKey.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/**
 * `/isf …`: acknowledges at once (Slack allows 3 seconds), then answers the asker only (ephemeral) through
 * the response_url, with a "Share to channel" button. The text is parsed by the core (parseCommandText).
 */
export function slashCommand({ bot, logger, postResponse }: ListenerDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = unescapeSlackText(command.text ?? '');
    const respond = (message: Record<string, unknown>) => postResponse(command.response_url, message);
    await withApology(
      logger,
      { listener: 'slash_command' },
      (message) => respond({ response_type: 'ephemeral', ...message }),
      async () => {
        // Slash answers are private: the asker's own conversation in that channel, continued by **More**.
        const conversation = slackConversation(command.channel_id, undefined, command.user_id);
        const reply = await bot.runText(text, { platform: 'slack', userId: command.user_id, conversation });
        // Only what the command calls shareable; private notes (over the rate limit) never.
        const share = resolveCommand(reply.command).shareable && !reply.private ? { shareCommandText: text } : {};
        await respond({ response_type: 'ephemeral', ...renderSlackBlocks(reply, { ...share, conversation }) });
      },
    );
  };
}
