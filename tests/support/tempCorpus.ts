import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A file of a temporary corpus: its text, `{ folder: true }` for a folder or `{ fifo: true }` for a named pipe that only look like a story. */
export type TempEntry = string | Buffer | { folder: true } | { fifo: true };

const created: string[] = [];

/** Writes a temporary corpus folder under the OS temp dir; removeTempCorpora() deletes every one made. */
export async function makeTempCorpus(files: Record<string, TempEntry>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'isf-test-'));
  created.push(dir);
  for (const [name, entry] of Object.entries(files)) {
    const path = join(dir, name);
    if (typeof entry === 'object' && 'folder' in entry) await mkdir(path);
    else if (typeof entry === 'object' && 'fifo' in entry) execFileSync('mkfifo', [path]);
    else await writeFile(path, entry);
  }
  return dir;
}

/** Deletes every temporary corpus made so far (call from afterEach/afterAll). */
export async function removeTempCorpora(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A story file with front matter. */
export function story(fields: Record<string, string>, paragraphs: string[]): string {
  const front = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}
