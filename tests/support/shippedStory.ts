import { readFile } from 'node:fs/promises';
import { STORY_FILE } from './paths.ts';

/** The shipped story's id: its file name without extension. */
export const STORY_ID = 'isf-pakistan-troops';

/**
 * The shipped story's paragraphs read straight from the file, without the loader: the front matter cut at
 * its closing `---`, the body split at blank lines. Tests compare the bot's output with this independent reading.
 */
export async function storyParagraphs(): Promise<string[]> {
  const raw = await readFile(STORY_FILE, 'utf8');
  const lines = raw.split('\n');
  const closing = lines.indexOf('---', 1);
  return lines
    .slice(closing + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The shipped story's front matter values, read straight from the file. */
export async function storyFrontMatter(): Promise<Record<string, string>> {
  const raw = await readFile(STORY_FILE, 'utf8');
  const block = raw.split('\n---\n')[0]!.replace(/^---\n/, '');
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim().replace(/^"(.*)"$/, '$1')];
    }),
  );
}
