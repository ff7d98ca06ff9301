import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Largest story file read, in bytes. Issue 13 probes a 50 MB story, which must still load; a file past
 * 64 MiB is not a news story (the shipped one is 9 kB) and would only cost memory and index time.
 */
export const MAX_STORY_BYTES = 64 * 1024 * 1024;

/**
 * Longest wait for one file's bytes, in ms. A local disk reads 64 MiB in well under a second; a read still
 * pending after 10 s is a hung network mount, and the reload must not wait on it.
 */
const STORY_READ_TIMEOUT_MS = 10_000;

/**
 * Error codes that say "try again later", not "this file is bad": out of file descriptors (EMFILE, ENFILE),
 * a busy or interrupted device (EAGAIN, EBUSY, EINTR), an I/O error of a flaky disk or mount (EIO, ETIMEDOUT,
 * ESTALE), memory pressure (ENOMEM). From open(2) and read(2).
 */
const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY', 'EINTR', 'EIO', 'ETIMEDOUT', 'ESTALE', 'ENOMEM']);

/** Why a file could not be read: one line, and whether trying again later may succeed. */
export interface ReadFailure {
  message: string;
  transient: boolean;
}

// O_NONBLOCK: opening a FIFO (or a device) returns at once instead of waiting, in a threadpool thread, for a
// writer that may never come; four such waits take every thread libuv has and stall DNS and all file I/O.
// O_NOCTTY: a terminal reached through a symlink never becomes the process's controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Reads a story file's bytes, safely for the process: only a regular file is read (checked on the opened
 * descriptor, so a FIFO, socket or device is never read, whatever its name or a symlink says), at most
 * MAX_STORY_BYTES, within STORY_READ_TIMEOUT_MS. Never throws.
 */
export async function readStoryFile(file: string): Promise<Buffer | ReadFailure> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadFailure>((resolve) => {
    timer = setTimeout(() => resolve({ message: `cannot be read: no data after ${STORY_READ_TIMEOUT_MS / 1000} s`, transient: true }), STORY_READ_TIMEOUT_MS);
  });
  const reading = readRegularFile(handle);
  try {
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
    // After a timeout the read may still be pending: close once it settles, never under it.
    void reading.finally(() => handle.close()).catch(() => undefined);
  }
}

// Reads past the expected end come in pieces of this size (a file that grows while it is read).
const READ_CHUNK_BYTES = 64 * 1024;

async function readRegularFile(handle: FileHandle): Promise<Buffer | ReadFailure> {
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { message: 'is a folder, not a file', transient: false };
    if (!info.isFile()) return { message: `not a regular file (${kindOf(info)}): only regular files are read`, transient: false };
    if (info.size > MAX_STORY_BYTES) return tooLarge(info.size);
    // Read to the end rather than trusting the size: the file may grow or shrink while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total + 1, READ_CHUNK_BYTES), MAX_STORY_BYTES + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_STORY_BYTES) return tooLarge(total);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    return failure(error);
  }
}

function tooLarge(bytes: number): ReadFailure {
  return { message: `is too large to be a story (${Math.round(bytes / 1024 / 1024)} MB; the limit is ${MAX_STORY_BYTES / 1024 / 1024} MB)`, transient: false };
}

function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** A read error as one line, and whether it is worth trying again. */
export function failure(error: unknown): ReadFailure {
  const code = error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const transient = code !== undefined && TRANSIENT_ERROR_CODES.has(code);
  return { message: `cannot be read: ${describeError(error)}${transient ? ' (a passing problem: tried again later)' : ''}`, transient };
}

/** A file-system error in a few words. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'ENOTDIR') return 'not a folder';
    if (code === 'EISDIR') return 'is a folder, not a file';
    if (code === 'EMFILE' || code === 'ENFILE') return `too many open files (${code})`;
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
