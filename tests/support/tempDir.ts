import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/** Makes an empty folder under the OS temp dir, its name starting with `prefix`; removeTempDirs() deletes every one made. */
export async function makeTempDir(prefix = 'isf-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** makeTempDir, synchronously: for a folder a test file needs before anything runs (at its top level). */
export function makeTempDirSync(prefix = 'isf-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Deletes every temporary folder made so far, with what is in it (call from afterEach/afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** removeTempDirs, synchronously: for a process's exit handler. */
export function removeTempDirsSync(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
