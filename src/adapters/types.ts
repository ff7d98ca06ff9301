/** The state of a chat adapter, as the health endpoint reports it. */
export type AdapterState = 'starting' | 'connected' | 'disconnected' | 'stopped';

/** A chat platform connection: thin, it routes input to the Bot and renders its replies. */
export interface ChatAdapter {
  readonly name: 'slack' | 'discord' | 'console';
  readonly state: AdapterState;
  /** Connects and starts serving; resolves once ready. */
  start(): Promise<void>;
  /** Stops taking new work, finishes replies in flight, closes sockets and servers. */
  stop(): Promise<void>;
}
