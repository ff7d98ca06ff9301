/**
 * Runs work one piece at a time per key, in the order it came: Discord delivers a channel's messages in order, and a
 * reply to the bot's answer can arrive before the handler that sent that answer has linked it to its conversation;
 * handled in order, the reply finds the link. Different keys run side by side; a failure does not stop the queue.
 */
export function inOrderPerKey(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, work) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    // The last piece of a key drops it, so the map holds only keys with work in flight.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
