// Preloaded into the bot process by bench/load.ts (`node --expose-gc --import <this file> bin/isf.js start`).
// On SIGUSR2 it collects garbage (when --expose-gc is on) and writes process.memoryUsage() as JSON to the
// file named by ISF_LOAD_MEMORY_FILE, so the load test can read the bot's heap without touching its code.
import { renameSync, writeFileSync } from 'node:fs';

const file = process.env.ISF_LOAD_MEMORY_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    const gc = globalThis.gc;
    if (typeof gc === 'function') {
      gc();
      gc(); // a second pass frees what the first one's finalizers released
    }
    const usage = process.memoryUsage();
    // Written aside, then renamed: the reader never sees a half-written file.
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...usage, gc: typeof gc === 'function' }));
    renameSync(`${file}.tmp`, file);
  });
}
