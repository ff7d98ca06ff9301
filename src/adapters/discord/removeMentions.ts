// <@123>, <@!123> (users, the bot included), <@&123> (roles), and @everyone / @here.
const MENTION = /<@[!&]?\d+>|@(?:everyone|here)\b/g;

/**
 * Turns Discord text into the plain words of a question: drops user, role, @everyone and @here
 * mentions (the bot's own included), which are addressing, not content, then tidies the spaces.
 */
export function removeMentions(text: string): string {
  return text.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}
