import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from './types.ts';

/** The Home tab opened: published for that user with the status brief and sources of the corpus answering now. */
export function appHomeOpened({ homeTab, logger }: ListenerDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    // The Messages tab fires this event too; only the Home tab shows a view.
    if (event.tab !== 'home' || !homeTab) return;
    try {
      await homeTab.publish(client, event.user);
    } catch (error) {
      logger.warn({ err: error }, 'slack: could not publish the Home tab');
    }
  };
}
