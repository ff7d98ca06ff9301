/** A passage as the bot cites it: a verbatim quote of one paragraph and where it comes from (contract JSON). */
export interface CitedPassage {
  doc: string;
  title: string;
  /** 1-based paragraph number: the ¶ of the citation. */
  paragraph: number;
  /** The sentence or sentences of that paragraph that answer, verbatim. */
  quote: string;
  score: number;
  source?: string;
  url?: string;
  published?: string;
  /** Set on passages shown only as related, when the corpus does not answer the question. */
  related?: true;
}

/** The answer to one question (contract JSON). */
export interface Answer {
  question: string;
  answered: boolean;
  /** Only when `answered` is false: why, in one sentence (for small talk, the bot's short reply). */
  reason?: string;
  /** Set when the message was small talk ("hi", "thanks"): answered without a story quote. */
  smallTalk?: true;
  passages: CitedPassage[];
}

/** The documents a corpus holds, as `sources` lists them. */
export interface SourceSummary {
  doc: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  author?: string;
  paragraphs: number;
}

/** The status brief: 3 to 6 verbatim, cited lines on where the story stands. */
export interface StatusBrief {
  /** The document the brief is built from (the most recent one by `published`). */
  doc: string;
  title: string;
  lines: CitedPassage[];
}
