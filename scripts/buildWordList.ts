// Regenerates src/text/data/english-words.txt and proper-nouns.txt from natural's Brill POS lexicon:
// the ordinary English words (some tag other than a proper noun's) and the words it knows only as
// proper nouns (Indonesia, Paris). The bot uses them to tell a question's ordinary words from names.
// Run: node bin/run-ts.js scripts/buildWordList.ts
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
const ordinary = new Set<string>();
const proper = new Set<string>();
for (const [word, tags] of Object.entries(lexicon)) {
  if (!/^[A-Za-z]{3,}$/.test(word)) continue;
  const folded = word.toLowerCase();
  const capitalized = /^[A-Z][a-z]+$/.test(word);
  // A capitalized entry is a name when a proper noun is its most frequent tag ("Indonesia"), else a word ("Chinese").
  if (capitalized && tags[0]?.startsWith('NNP')) proper.add(folded);
  else if (word === folded ? tags.some((t) => !t.startsWith('NNP')) : capitalized) ordinary.add(folded);
}
for (const word of ordinary) proper.delete(word);
const write = (name: string, words: Set<string>) => {
  writeFileSync(new URL(`../src/text/data/${name}`, import.meta.url), `${[...words].sort().join('\n')}\n`);
  console.log(`${name}: ${words.size} words`);
};
write('english-words.txt', ordinary);
write('proper-nouns.txt', proper);
