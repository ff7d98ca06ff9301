import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { REPO_ROOT } from './paths.ts';

/** The seed article the shipped story was made from: ../shared/seed beside the repository, never copied into it. */
export const SEED_FILE = resolve(REPO_ROOT, '../shared/seed/000_6e62d58ac1819318.txt');

/** Whether the shipped story holds the seed article verbatim, paragraph for paragraph, and the line the bench notes. */
export async function checkSeed(): Promise<{ ok: boolean; note: string }> {
  if (!existsSync(SEED_FILE)) return { ok: true, note: `seed check skipped: ${SEED_FILE} is not there.` };
  const seed = (await readFile(SEED_FILE, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const [document] = (await loadCorpus(resolve(REPO_ROOT, 'corpus'))).documents;
  const paragraphs = document?.passages.map((p) => p.text) ?? [];
  const first = paragraphs.findIndex((text, i) => text !== seed[i]);
  if (first < 0 && paragraphs.length === seed.length) return { ok: true, note: `seed check: the shipped story holds the seed article verbatim (${seed.length} paragraphs).` };
  const at = first < 0 ? Math.min(paragraphs.length, seed.length) : first;
  return { ok: false, note: `SEED CHECK FAILED: the shipped story differs from ${SEED_FILE} at paragraph ${at + 1} (${paragraphs.length} paragraphs, the seed ${seed.length}).` };
}
