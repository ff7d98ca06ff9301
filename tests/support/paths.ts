import { fileURLToPath } from 'node:url';

/** The repository's root folder (with a trailing slash). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of the shipped corpus. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** The shipped story's file. */
export const STORY_FILE = fileURLToPath(new URL('../../corpus/isf-pakistan-troops.md', import.meta.url));

/** The `isf` command by absolute path, so a run in another working directory (no .env, its own ./data) finds it. */
export const ISF_BIN = fileURLToPath(new URL('../../bin/isf.js', import.meta.url));
