import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import MiniSearch from 'minisearch';

const require = createRequire(import.meta.url);
const stopWordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const STOP_WORDS = new Set(stopWordList);

/** The plain baseline's options: one document per paragraph, MiniSearch's tokenizer, lower case, natural's stop words, Porter. */
const OPTIONS = {
  fields: ['text'],
  storeFields: [],
  processTerm: (term: string) => {
    const lower = term.toLowerCase();
    return STOP_WORDS.has(lower) ? null : porter.stem(lower);
  },
};

/** Paragraphs of a story file: the front matter dropped, split at blank lines. */
function paragraphsOf(raw: string): string[] {
  const body = raw.startsWith('---') ? raw.slice(raw.indexOf('\n---', 3) + 4) : raw;
  return body.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Plain MiniSearch + Porter stemming + stop words over a corpus folder, as a user of the library would write it.
 * Its persisted form (MiniSearch's JSON and the paragraph references) is saved in `dataDir` and loaded when there.
 */
export async function plainMiniSearch(corpusDir: string, dataDir: string) {
  const indexFile = join(dataDir, 'minisearch.json');
  const refsFile = join(dataDir, 'minisearch-refs.json');
  let index: MiniSearch<{ id: number; text: string }>;
  let refs: [string, number][];
  const loaded = existsSync(indexFile);
  if (loaded) {
    index = MiniSearch.loadJSON(await readFile(indexFile, 'utf8'), OPTIONS);
    refs = JSON.parse(await readFile(refsFile, 'utf8')) as [string, number][];
  } else {
    index = new MiniSearch(OPTIONS);
    refs = [];
    const names = (await readdir(corpusDir)).filter((n) => n.endsWith('.md')).sort();
    for (const name of names) {
      const doc = basename(name, extname(name));
      paragraphsOf(await readFile(join(corpusDir, name), 'utf8')).forEach((text, i) => {
        index.add({ id: refs.length, text });
        refs.push([doc, i + 1]);
      });
    }
    await mkdir(dataDir, { recursive: true });
    await writeFile(indexFile, JSON.stringify(index));
    await writeFile(refsFile, JSON.stringify(refs));
  }
  return {
    loaded,
    ask(question: string) {
      const top = index.search(question)[0];
      if (!top) return undefined;
      const [doc, paragraph] = refs[top.id as number]!;
      return { doc, paragraph };
    },
  };
}
