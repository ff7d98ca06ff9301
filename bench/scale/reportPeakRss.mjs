// Preloaded into a measured `isf` process (node --import): prints its peak RSS on stderr when it exits. Preloads
// run in worker threads too; only the main thread reports, at the process's end.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    process.stderr.write(`peak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  });
}
