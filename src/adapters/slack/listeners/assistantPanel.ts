import { Assistant, type AssistantThreadStartedMiddleware, type AssistantUserMessageMiddleware } from '@slack/bolt';
import { clipText } from '../../../text/fitText.ts';
import { slackConversation } from './conversationKey.ts';
import { answerDirectMessage } from './directMessage.ts';
import { isFromBot, stripBotMention } from './fromBot.ts';
import type { ListenerDeps } from './types.ts';

/** Suggested prompts shown when a user opens the panel: Slack shows 4 at most (assistant.threads.setSuggestedPrompts). */
export const MAX_SUGGESTED_PROMPTS = 4;

/** Longest prompt label and thread title: the length of a suggestion (MAX_SUGGESTION_LENGTH), one line of the panel. */
const MAX_TITLE_LENGTH = 100;

/** What the panel shows while the bot works ("isf is thinking…"); Slack clears it when the answer is posted. */
export const THINKING_STATUS = 'is thinking…';

/** The heading above the suggested prompts. */
const PROMPTS_TITLE = 'Ask about the story';

/** Slack markup (mentions, channel links, broadcasts) left out of a title, which is plain text. */
const SLACK_MARKUP = /<[@#!][^>]*>/g;

/** What the panel needs beside the listeners' deps. */
export interface AssistantPanelOptions {
  /** Claims a key once (the store's claimEvent across replicas, or this process's memory): the title is set once per thread. */
  claim: (key: string) => Promise<boolean>;
  /** Wraps the answering work so stop() waits for it (the listeners' in-flight tracking). */
  track: <Args>(work: (args: Args) => Promise<void>) => (args: Args) => Promise<void>;
}

/**
 * Slack's assistant surface ("Agents & AI Apps"), through Bolt's Assistant class: a new thread gets suggested
 * prompts from the corpus (the questions Discord's autocomplete offers), a question gets a "thinking" status and
 * the same answer as a DM (follow-ups, More, 👍/👎), and the thread's title is set from its first question. The
 * channel the user is viewing is not used, so no thread context is kept or fetched.
 */
export function assistantPanel(deps: ListenerDeps, { claim, track }: AssistantPanelOptions): Assistant {
  const panelThreads = panelThreadMemory(deps);
  const threadStarted: AssistantThreadStartedMiddleware = async ({ event, setSuggestedPrompts }) => {
    await panelThreads.mark(event.assistant_thread.channel_id, event.assistant_thread.thread_ts);
    const questions = deps.bot.engine.suggestQuestions('', MAX_SUGGESTED_PROMPTS);
    if (questions.length === 0) return;
    try {
      await setSuggestedPrompts({ title: PROMPTS_TITLE, prompts: questions.map((q) => ({ title: clipText(q, MAX_TITLE_LENGTH), message: q })) });
    } catch (error) {
      deps.logger.warn({ err: error }, 'slack: could not set the assistant’s suggested prompts');
    }
  };

  const userMessage: AssistantUserMessageMiddleware = async ({ message, context, client, setStatus, setTitle }) => {
    // Only what a person typed: Bolt passes file shares and untyped messages here too.
    if (!('user' in message) || message.user === undefined || message.subtype !== undefined || isFromBot(message, context)) return;
    const threadTs = 'thread_ts' in message ? message.thread_ts : undefined;
    const text = stripBotMention(('text' in message ? message.text : undefined) ?? '', context.botUserId);
    const dm = { channel: message.channel, user: message.user, text, ts: message.ts, ...(threadTs !== undefined && { threadTs }) };
    // Bolt hands every DM thread here; status and title belong to the panel's threads only (Slack refuses them elsewhere).
    if (threadTs === undefined || !(await panelThreads.has(message.channel, threadTs))) return answerDirectMessage(deps, client, dm);
    await answerDirectMessage(deps, client, dm, {
      beforeAnswer: () => quietly(deps, 'status', () => setStatus(THINKING_STATUS)),
      async afterAnswer(reply, question) {
        const title = clipText((reply.answeredQuestion ?? question).replace(SLACK_MARKUP, ' ').replace(/\s+/g, ' ').trim(), MAX_TITLE_LENGTH);
        if (title === '' || !(await claim(`slack-assistant-title:${message.channel}:${threadTs ?? message.ts}`))) return;
        await quietly(deps, 'title', () => setTitle(title));
      },
    });
  };

  return new Assistant({
    // The bot answers from the corpus, never from the channel being viewed: nothing to keep, nothing to fetch.
    threadContextStore: { get: async () => ({}), save: async () => {} },
    threadContextChanged: async () => {},
    threadStarted: track(threadStarted),
    userMessage: track(userMessage),
  });
}

/** Panel threads remembered in memory at most, when there is no store: about a team's size, like the Home tab's viewers. */
const MAX_REMEMBERED_THREADS = 1000;

/** Which DM threads are the panel's: kept through the store's message links (shared by replicas), else in memory. */
function panelThreadMemory({ conversation }: ListenerDeps): { mark(channel: string, threadTs: string): Promise<void>; has(channel: string, threadTs: string): Promise<boolean> } {
  const key = (channel: string, threadTs: string) => `slack-assistant:${channel}:${threadTs}`;
  const local = new Set<string>();
  return {
    async mark(channel, threadTs) {
      if (conversation) return conversation.links.link(key(channel, threadTs), slackConversation(channel, threadTs));
      local.add(key(channel, threadTs));
      if (local.size > MAX_REMEMBERED_THREADS) local.delete(local.values().next().value!);
    },
    async has(channel, threadTs) {
      return conversation ? (await conversation.links.find(key(channel, threadTs))) !== undefined : local.has(key(channel, threadTs));
    },
  };
}

/** Runs a panel decoration (status, title); a failure (no assistant:write, the feature turned off) is logged and the answer goes on. */
async function quietly(deps: ListenerDeps, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    deps.logger.debug({ err: error }, `slack: could not set the assistant thread's ${what}`);
  }
}
