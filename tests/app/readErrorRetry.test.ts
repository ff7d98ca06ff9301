// Issue 13 item 4 in a process of its own whose descriptors can run out (`ulimit -n`): see probes/readErrorProbe.ts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('a reload while the process is out of file descriptors', () => {
  it('keeps every story (the previous version of those that fail with EMFILE) and reads them fresh again once descriptors are back, with no file changing', async () => {
    // A low limit makes exhausting it quick; the probe works under any limit.
    const { stdout } = await run('sh', ['-c', 'ulimit -n 256 && exec "$0" bin/run-ts.js tests/app/probes/readErrorProbe.ts', process.execPath], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, Record<string, unknown>>;
    expect(outcome.oneDescriptorLeft).toMatchObject({ keptEveryStory: true, transientProblems: expect.any(Number) });
    expect(outcome.oneDescriptorLeft!.transientProblems).toBeGreaterThan(0);
    expect(outcome.oneDescriptorLeft!.recoveredMs).toBeGreaterThanOrEqual(0);
    expect(outcome.noDescriptorLeft).toMatchObject({ keptEveryStory: true, swapped: false, servesEveryStory: true, problems: 0 });
    expect(outcome.noDescriptorLeft!.recoveredMs).toBeGreaterThanOrEqual(0);
  }, 90_000);
});
