/**
 * Public slash answers still being sent, per channel. A reply to such an answer can reach the gateway before the
 * interaction's HTTP response has told the bot the answer's message id (and so before the answer is linked to its
 * conversation); the reply waits here for the channel's answers in flight, then looks its link up again.
 */
export interface AnswersInFlight {
  /** Tracks `work` (sending a slash answer and linking it) in `channelId` until it settles; returns `work`. */
  track<T>(channelId: string, work: Promise<T>): Promise<T>;
  /** Resolves once every answer in flight in `channelId` has settled, or after `maxWaitMs`, whichever is first. */
  settled(channelId: string, maxWaitMs: number): Promise<void>;
}

/** A fresh, empty tracker. */
export function answersInFlight(): AnswersInFlight {
  const byChannel = new Map<string, Set<Promise<unknown>>>();
  return {
    track(channelId, work) {
      const pending = byChannel.get(channelId) ?? new Set<Promise<unknown>>();
      byChannel.set(channelId, pending);
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => {
        pending.delete(settled);
        if (pending.size === 0 && byChannel.get(channelId) === pending) byChannel.delete(channelId);
      });
      return work;
    },
    async settled(channelId, maxWaitMs) {
      const pending = byChannel.get(channelId);
      if (pending === undefined || pending.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, maxWaitMs);
      });
      await Promise.race([Promise.all(pending), timeout]);
      clearTimeout(timer);
    },
  };
}
