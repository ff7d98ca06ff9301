/** The store's tables as Kysely sees them; times are ms since the epoch, flags 0/1 (the same on both engines). */
export interface StoreDatabase {
  questions: {
    id: string;
    text: string;
    platform: string;
    user_hash: string;
    at: number;
    command: string;
    answered: number;
    reason: string | null;
    small_talk: number;
    /** JSON array of {doc, paragraph}. */
    citations: string;
  };
  votes: {
    answer_id: string;
    voter_hash: string;
    vote: 'up' | 'down';
    reason_category: string | null;
    question: string;
    citations: string;
    refused: number;
    platform: string;
    at: number;
  };
  thread_context: {
    key: string;
    /** JSON of the context. */
    context: string;
    expires_at: number;
  };
  rate_windows: {
    key: string;
    /** JSON array of the times of the allowed hits still in the window. */
    hits: string;
    /** Bumped on every change: writers compare and swap on it, so replicas never lose a hit. */
    version: number;
    updated_at: number;
  };
  claims: {
    key: string;
    expires_at: number;
  };
}
