/** Where a Slack conversation is: a channel, and in it a thread, or one user's private slash-command answers. */
export interface SlackConversationPlace {
  channel: string;
  /** The thread's ts; absent for a DM's main timeline and for slash-command answers. */
  threadTs?: string;
  /** The user whose private (slash-command) answers these are. */
  privateTo?: string;
}

/** The conversation id of a Slack thread (`slack:C1:1700000000.000100`), a DM's timeline (`slack:D1:`), or a user's slash answers (`slack:C1:@U1`). */
export function slackConversation(channel: string, threadTs?: string, privateTo?: string): string {
  return `slack:${channel}:${privateTo !== undefined ? `@${privateTo}` : (threadTs ?? '')}`;
}

/** Reads a conversation id back (from a **More** button); undefined when it is not a Slack one. */
export function parseSlackConversation(conversation: string): SlackConversationPlace | undefined {
  const match = /^slack:([A-Z0-9]+):(@[A-Z0-9]+|\d+\.\d+|)$/.exec(conversation);
  if (!match) return undefined;
  const [, channel, rest] = match as unknown as [string, string, string];
  if (rest.startsWith('@')) return { channel, privateTo: rest.slice(1) };
  return rest === '' ? { channel } : { channel, threadTs: rest };
}
