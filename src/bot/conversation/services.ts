import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/types.ts';
import { createFeedbackRecorder, type FeedbackRecorder } from './feedback.ts';
import { THREAD_TTL_MS } from './threadContext.ts';

/**
 * Which conversation a platform message belongs to, for platforms where a reply points at a message rather than
 * at a thread (Discord): each answer the bot sends is linked to its conversation, and a reply to it continues it.
 */
interface MessageLinks {
  /** Links a message (by a platform-prefixed id) to the conversation it answered in. */
  link(messageKey: string, conversation: string): Promise<void>;
  /** The conversation a message was sent in, or undefined when it is not one of the bot's answers (or expired). */
  find(messageKey: string): Promise<string | undefined>;
}

/** What adapters need beyond the bot to hold conversations: vote recording and message links. */
export interface ConversationServices {
  feedback: FeedbackRecorder;
  links: MessageLinks;
}

/** Message links kept in the Store as long as the conversation itself. */
function createMessageLinks(store: Pick<Store, 'getThread' | 'putThread'>, logger: Logger, ttlMs = THREAD_TTL_MS): MessageLinks {
  return {
    async link(messageKey, conversation) {
      try {
        await store.putThread(`link:${messageKey}`, conversation, ttlMs);
      } catch (error) {
        logger.warn({ err: error }, 'conversation: could not link a message to its conversation');
      }
    },
    async find(messageKey) {
      try {
        const value = await store.getThread(`link:${messageKey}`);
        return typeof value === 'string' ? value : undefined;
      } catch (error) {
        logger.warn({ err: error }, 'conversation: could not look up a message');
        return undefined;
      }
    },
  };
}

/** The conversation services over one Store. */
export function createConversationServices(store: Pick<Store, 'getThread' | 'putThread' | 'recordVote'>, salt: string, logger: Logger): ConversationServices {
  return { feedback: createFeedbackRecorder(store, salt, logger), links: createMessageLinks(store, logger) };
}
