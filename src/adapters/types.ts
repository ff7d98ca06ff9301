/** The state of a chat adapter, as the health endpoint reports it. */
export type AdapterState = 'starting' | 'connected' | 'disconnected' | 'stopped';

/** A chat platform connection: thin, it routes input to the Bot and renders its replies. */
export interface ChatAdapter {
  readonly name: 'slack' | 'discord' | 'console';
  readonly state: AdapterState;
  /** Connects and starts serving; resolves once ready. */
  start(): Promise<void>;
  /** Stops taking new work, finishes replies in flight (until the drain deadline), closes sockets and servers. */
  stop(): Promise<StopOutcome>;
  /** Called after a corpus reload swapped in a new index: refreshes what shows the corpus outside answers (Slack's Home tab). */
  corpusChanged?(): Promise<void>;
}

/** How a stop went: answers already acknowledged to the user's platform but never sent count as lost. */
export interface StopOutcome {
  /** Acknowledged answers still unsent when the drain deadline passed. */
  unsent: number;
}
