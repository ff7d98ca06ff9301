import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { unescapeSlackText } from '../escapeSlackText.ts';
import { renderSlackBlocks, type SlackMessage } from '../renderSlackBlocks.ts';
import { slackConversation } from './conversationKey.ts';
import { isFromBot, stripBotMention } from './fromBot.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/** `@isf <question>` in a channel: answered publicly in a thread on the message that mentioned the bot; a private note only to the asker. */
export function appMention({ bot, logger }: ListenerDeps) {
  return async ({ event, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    if (isFromBot(event, context)) return;
    // A direct message is answered by the message.im listener; answering its mention too would answer twice.
    if (event.channel.startsWith('D')) return;
    const threadTs = event.thread_ts ?? event.ts;
    // The thread is the conversation: anyone in it may follow up (it is public there).
    const conversation = slackConversation(event.channel, threadTs);
    // Slack's type says text is always there; a signed event without it is answered as an empty question (help).
    const said: string | undefined = (event as { text?: string }).text;
    const text = unescapeSlackText(stripBotMention(said ?? '', context.botUserId));
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, unfurl_links: false, unfurl_media: false, ...message });
    await withApology(logger, { listener: 'app_mention' }, post, async () => {
      const reply = await bot.runText(text, { platform: 'slack', userId: event.user ?? 'unknown', conversation });
      // A private note (over the rate limit) is shown to the asker only, in the same thread.
      if (reply.private && event.user !== undefined) {
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: threadTs, ...renderSlackBlocks(reply) });
      } else {
        await post(renderSlackBlocks(reply, { conversation }));
      }
    });
  };
}
