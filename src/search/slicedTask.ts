/**
 * A task done in slices (a restore a serving thread keeps answering through, issue 13): a generator that yields
 * between slices, run to its end at once or with a pause awaited at each yield.
 */
export type SlicedTask = Generator<void>;

/** Runs a sliced task's steps without pausing. */
export function runToEnd(steps: SlicedTask): void {
  while (!steps.next().done) {
    // each step is a slice of the task; nothing to do between them here
  }
}

/** Runs a sliced task's steps with `pause()` awaited between them. */
export async function runWithPauses(steps: SlicedTask, pause: () => Promise<unknown>): Promise<void> {
  while (!steps.next().done) await pause();
}

/**
 * Counts what a sliced task sets: called with how many entries were just set (default one), it says whether
 * `entriesPerSlice` have been set since the last pause, so that the task yields now.
 */
export function sliceCounter(entriesPerSlice: number): (entries?: number) => boolean {
  let sincePause = 0;
  return (entries = 1) => {
    sincePause += entries;
    if (sincePause < entriesPerSlice) return false;
    sincePause = 0;
    return true;
  };
}
