// Requests a news quote cannot answer whatever the corpus: how-to help for the asker, recommendations, errands for
// an assistant. Read from general English wording, before any search, so that no story quote is given for them.

/**
 * Openings of such requests: "how do I…", "how to…", "where can I…" (help for the asker's own task), "what is the
 * best / a good…" and "recommend…" (advice), "write / translate / convert / set / remind…" (errands), and the time
 * or the weather now. Set by hand from the bench's off-topic lines; none is worded like a question about a story.
 */
const CHAT_REQUEST = [
  /^(?:so\s+|and\s+|but\s+)?how\s+(?:do|can|should|could|would|must)\s+(?:i|we)\s+(?!say\b|know\b|tell\b)/i,
  /^how\s+to\s+/i,
  /^where\s+(?:can|should|do|could)\s+i\b/i,
  /^(?:what|which)(?:['’]s|\s+is|\s+are|\s+would\s+be)\s+(?:the\s+best|a\s+good|some\s+good|a\s+nice|the\s+nicest|the\s+cheapest)\s+(?!-)/i,
  /^(?:can|could|would)\s+you\s+(?:please\s+)?(?:recommend|suggest|write|translate|convert|calculate|remind|book|order|play)\b/i,
  /^(?:please\s+)?(?:recommend|suggest|write|compose|translate|convert|calculate|remind|book|order|play|sing|set\s+(?:a|an|my)\s+)\b/i,
  /^what(?:['’]s|\s+is)\s+the\s+(?:time|weather)(?:\s+(?:now|today|tomorrow|like|in\s+[^?]+))*\s*\??$|^what\s+time\s+is\s+it\b/i,
];

/** Whether a message is a request no news quote answers (see CHAT_REQUEST). */
export function isChatRequest(text: string): boolean {
  const trimmed = text.trim();
  return CHAT_REQUEST.some((pattern) => pattern.test(trimmed));
}

/** The reply to such a request: friendly, saying what the bot does instead; never a story quote. */
export const CHAT_REQUEST_REPLY =
  "That's not something the stories in my corpus cover, so I can't help with it: I answer questions about those stories by quoting them, with sources.";
