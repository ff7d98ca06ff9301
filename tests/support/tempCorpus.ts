import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from './tempDir.ts';

/** A file of a temporary corpus: its text, `{ folder: true }` for a folder or `{ fifo: true }` for a named pipe that only look like a story. */
export type TempEntry = string | Buffer | { folder: true } | { fifo: true };

/** Writes a temporary corpus folder under the OS temp dir; removeTempDirs() (tempDir.ts) deletes every one made. */
export async function makeTempCorpus(files: Record<string, TempEntry>): Promise<string> {
  const dir = await makeTempDir('isf-test-');
  for (const [name, entry] of Object.entries(files)) {
    const path = join(dir, name);
    if (typeof entry === 'object' && 'folder' in entry) await mkdir(path);
    else if (typeof entry === 'object' && 'fifo' in entry) execFileSync('mkfifo', [path]);
    else await writeFile(path, entry);
  }
  return dir;
}

/** A story file with front matter. */
export function story(fields: Record<string, string>, paragraphs: string[]): string {
  const front = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}
