/**
 * Escapes the three characters Slack reads as markup (`&`, `<`, `>`), so text is shown literally:
 * `<!everyone>`, `<!channel>`, `<!here>` and `<@U…>` become harmless text and never notify anyone.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Length of a text once escaped for Slack, without building the escaped string. */
export function escapedLength(text: string): number {
  let length = text.length;
  for (const char of text) {
    if (char === '&') length += 4;
    else if (char === '<' || char === '>') length += 3;
  }
  return length;
}

/**
 * Undoes Slack's own escaping of incoming message and command text (`&lt;` `&gt;` `&amp;`), so the bot
 * reads what the user typed. Whatever comes out is escaped again before it is shown.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
