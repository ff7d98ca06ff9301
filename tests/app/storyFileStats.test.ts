import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statStoryFiles } from '../../src/app/storyFileStats.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';

afterAll(removeTempDirs);

describe('statStoryFiles', () => {
  it('sees the same stories, sizes and missing stats one file at a time (blocking) as with stats in flight', async () => {
    const dir = await makeTempDir('isf-stats-');
    await writeFile(join(dir, 'b.md'), 'Two words.');
    await writeFile(join(dir, 'a.txt'), 'One.');
    await writeFile(join(dir, 'notes.pdf'), 'not a story');
    await writeFile(join(dir, '.hidden.md'), 'an editor file');
    await mkdir(join(dir, 'folder'));
    await symlink(join(dir, 'gone.md'), join(dir, 'c.md'));
    const inFlight = await statStoryFiles(dir);
    const blocking = await statStoryFiles(dir, { blocking: true });
    expect(blocking).toEqual(inFlight);
    expect(blocking?.map((entry) => [entry.file.slice(dir.length + 1), entry.stats?.size])).toEqual([
      ['a.txt', 4],
      ['b.md', 10],
      ['c.md', undefined],
    ]);
  });

  it('gives undefined for a folder it cannot list, blocking or not', async () => {
    const missing = join(await makeTempDir('isf-stats-'), 'nowhere');
    expect(await statStoryFiles(missing, { blocking: true })).toBeUndefined();
    expect(await statStoryFiles(missing)).toBeUndefined();
  });
});
