/**
 * The names of Discord conversations (as Requester.conversation and in a More button's custom_id) and of the
 * message links that tie the bot's answers to them. A DM is one conversation, so is a thread; in a channel, a
 * mention starts one that replies to the bot's answers continue; a slash command's answer starts one too.
 */
export const conversationKeys = {
  dm: (channelId: string) => `discord:dm:${channelId}`,
  thread: (channelId: string) => `discord:thread:${channelId}`,
  mention: (messageId: string) => `discord:msg:${messageId}`,
  slash: (interactionId: string) => `discord:slash:${interactionId}`,
} as const;

/** Reads a conversation name back: its kind and the Discord id in it; undefined for anything else. */
export function parseConversation(conversation: string): { kind: 'dm' | 'thread' | 'msg' | 'slash'; id: string } | undefined {
  const match = /^discord:(dm|thread|msg|slash):(\d{1,20})$/.exec(conversation);
  return match ? { kind: match[1] as 'dm' | 'thread' | 'msg' | 'slash', id: match[2]! } : undefined;
}

/** The key a Discord message is linked to its conversation under. */
export function messageKey(messageId: string): string {
  return `discord:${messageId}`;
}
