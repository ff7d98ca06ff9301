import { constants, openSync, closeSync } from 'node:fs';
import { symlink, truncate, writeFile } from 'node:fs/promises';
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { MAX_STORY_BYTES, readStoryFile } from '../../src/corpus/readStoryFile.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

const fifos: string[] = [];

afterEach(async () => {
  // Should a regression leave a reader waiting on a pipe, a writer that comes and goes sets it free (and the test
  // process can end); opened on the main thread, so it works even when the threadpool is stuck.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, as it should be.
    }
  }
  await removeTempDirs();
});

function messagesOf(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.problems.map((p) => [p.file.slice(corpus.dir.length + 1), p.message]));
}

describe('reading story files: only regular files are read', () => {
  it('reports four named pipes called *.md as not regular files, loads the good story, and leaves the threadpool free for DNS and files', async () => {
    const dir = await makeTempCorpus({ 'good.md': 'A good paragraph.', 'a.md': { fifo: true }, 'b.md': { fifo: true }, 'c.txt': { fifo: true }, 'x.md': { fifo: true } });
    fifos.push(...['a.md', 'b.md', 'c.txt', 'x.md'].map((name) => join(dir, name)));
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    const messages = messagesOf(corpus);
    expect(Object.keys(messages).sort()).toEqual(['a.md', 'b.md', 'c.txt', 'x.md']);
    for (const message of Object.values(messages)) expect(message).toMatch(/not a regular file/);
    // libuv has four threads: had the pipes been opened blocking, these would wait forever.
    await expect(lookup('localhost')).resolves.toMatchObject({ address: expect.any(String) });
    expect(Buffer.isBuffer(await readStoryFile(join(dir, 'good.md')))).toBe(true);
    // And again: a reload over the same folder does not pile up waiting opens.
    expect((await loadCorpus(dir)).problems).toHaveLength(4);
  });

  it('checks the opened file, not its name: a symlink to a named pipe or a device is not read, a symlink to a story is', async () => {
    const dir = await makeTempCorpus({ 'real.txt': 'A story reached through a link.', pipe: { fifo: true } });
    fifos.push(join(dir, 'pipe'));
    await symlink(join(dir, 'pipe'), join(dir, 'pipe.md'));
    await symlink('/dev/zero', join(dir, 'zero.md'));
    await symlink(join(dir, 'real.txt'), join(dir, 'linked.md'));
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(['linked', 'real']);
    const messages = messagesOf(corpus);
    expect(messages['pipe.md']).toMatch(/not a regular file \(a named pipe\)/);
    expect(messages['zero.md']).toMatch(/not a regular file \(a device\)/);
  });

  it('refuses a file larger than the size cap without reading it', async () => {
    const dir = await makeTempCorpus({ 'ok.md': 'Fine.', 'huge.md': '' });
    await truncate(join(dir, 'huge.md'), MAX_STORY_BYTES + 1); // sparse: no disk used
    expect(messagesOf(await loadCorpus(dir))['huge.md']).toMatch(/too large to be a story/);
  });

  it('reads a story of exactly the cap', async () => {
    const dir = await makeTempCorpus({ 'big.md': '' });
    await writeFile(join(dir, 'big.md'), 'x'.repeat(MAX_STORY_BYTES - 2) + '.\n');
    const bytes = await readStoryFile(join(dir, 'big.md'));
    expect(Buffer.isBuffer(bytes) && bytes.length).toBe(MAX_STORY_BYTES);
  });

  it('says a missing file is missing, as a lasting problem', async () => {
    const dir = await makeTempCorpus({});
    expect(await readStoryFile(join(dir, 'gone.md'))).toEqual({ message: 'cannot be read: no such file or folder', transient: false });
  });
});
