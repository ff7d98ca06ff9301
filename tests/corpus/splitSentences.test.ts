import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { splitSentences } from '../../src/corpus/splitSentences.ts';
import type { Sentence } from '../../src/corpus/types.ts';
import { CORPUS_DIR } from '../support/paths.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

/** Sentences are exact, ordered, non-overlapping slices of the paragraph with only whitespace between them. */
function expectExactSlices(paragraph: string, sentences: Sentence[]): void {
  let cursor = 0;
  for (const s of sentences) {
    expect(s.text).toBe(paragraph.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(cursor);
    expect(paragraph.slice(cursor, s.start).trim()).toBe('');
    expect(s.end).toBeGreaterThan(s.start);
    cursor = s.end;
  }
  expect(paragraph.slice(cursor).trim()).toBe('');
}

describe('splitSentences on the shipped story', () => {
  it('gives every sentence of every paragraph as the exact text at its offsets, covering the paragraph', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const passages = corpus.documents.flatMap((d) => d.passages);
    expect(passages).toHaveLength(20);
    for (const passage of passages) {
      expect(passage.sentences.length).toBeGreaterThan(0);
      expectExactSlices(passage.text, passage.sentences);
    }
  });

  it('splits the story into real sentences: each starts with a capital or a quotation mark and ends with a stop', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const sentences = corpus.documents.flatMap((d) => d.passages.flatMap((p) => p.sentences.map((s) => s.text)));
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^[\p{Lu}“"]/u);
      expect(sentence).toMatch(/[.?!][”"]?$/u);
    }
  });

  it('keeps "he said." with the quotation it closes in the story', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const all = corpus.documents.flatMap((d) => d.passages.flatMap((p) => p.sentences.map((s) => s.text)));
    const closing = all.filter((s) => /\bhe said\.$/.test(s));
    expect(closing.length).toBeGreaterThan(0);
    for (const s of closing) expect(s).toMatch(/^“.+,” he said\.$/);
    expect(all.some((s) => s.trim() === 'he said.')).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits plain sentences at full stops, question marks and exclamation marks', () => {
    expect(texts('One thing happened. Did another? Yes! Then it ended.')).toEqual(['One thing happened.', 'Did another?', 'Yes!', 'Then it ended.']);
  });

  it('does not end a sentence at a middle initial, but does at "World War I."', () => {
    expect(texts('The hymn is known in English by John C. Messenger as a song. It was sung.')).toEqual([
      'The hymn is known in English by John C. Messenger as a song.',
      'It was sung.',
    ]);
    expect(texts('It ended with World War I. After that came peace.')).toEqual(['It ended with World War I.', 'After that came peace.']);
  });

  it('does not end a sentence at U.S. or U.N.', () => {
    expect(texts('The U.S. and the U.N. agreed on a plan. Talks resume next week.')).toEqual([
      'The U.S. and the U.N. agreed on a plan.',
      'Talks resume next week.',
    ]);
  });

  it('does not end a sentence at Dr., Mr. or Mrs.', () => {
    expect(texts('Dr. Khan met Mr. Ali and Mrs. Shah. They talked for hours.')).toEqual([
      'Dr. Khan met Mr. Ali and Mrs. Shah.',
      'They talked for hours.',
    ]);
  });

  it('does not end a sentence at Washington, D.C. in mid-sentence', () => {
    expect(texts('Officials met in Washington, D.C. on Friday to discuss it. Nothing was decided.')).toEqual([
      'Officials met in Washington, D.C. on Friday to discuss it.',
      'Nothing was decided.',
    ]);
  });

  it('does not end a sentence at a decimal point or an abbreviated month', () => {
    expect(texts('Prices rose 3.5 percent on Nov. 17 in the region. Then they fell.')).toEqual([
      'Prices rose 3.5 percent on Nov. 17 in the region.',
      'Then they fell.',
    ]);
  });

  it('keeps a closing "he said." after a quotation with its sentence', () => {
    expect(texts('“We will not send troops.” he said. The talks go on.')).toEqual(['“We will not send troops.” he said.', 'The talks go on.']);
    expect(texts('"No decision has been taken." he said. Officials agreed.')).toEqual([
      '"No decision has been taken." he said.',
      'Officials agreed.',
    ]);
  });

  it('keeps "she asked." after a quoted question with its sentence', () => {
    expect(texts('"Is it final?" she asked. Nobody knew.')).toEqual(['"Is it final?" she asked.', 'Nobody knew.']);
  });

  it('gives offsets into the paragraph, so sentences after the first start later', () => {
    const paragraph = 'First sentence here. Second sentence here.';
    expect(splitSentences(paragraph)).toEqual([
      { text: 'First sentence here.', start: 0, end: 20 },
      { text: 'Second sentence here.', start: 21, end: 42 },
    ]);
  });

  it('keeps text without a final stop as one sentence', () => {
    expect(splitSentences('no stop at all')).toEqual([{ text: 'no stop at all', start: 0, end: 14 }]);
  });

  it('returns no sentence for an empty paragraph', () => {
    expect(splitSentences('')).toEqual([]);
  });

  it('returns exact slices for any trimmed text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        const paragraph = raw.trim();
        const sentences = splitSentences(paragraph);
        if (paragraph !== '') expect(sentences.length).toBeGreaterThan(0);
        expectExactSlices(paragraph, sentences);
      }),
      { numRuns: 200 },
    );
  });

  it('returns exact slices for sentence-like text full of stops, quotes and abbreviations (property)', () => {
    const piece = fc.constantFrom('U.S.', 'Dr.', 'said.', 'He', '“Yes.”', '"No?"', '3.5', 'end.', 'A.', '!', '...', 'Nov.', 'D.C.', 'word', '{{ABBREV_0}}', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const paragraph = pieces.join(' ').trim();
        expectExactSlices(paragraph, splitSentences(paragraph));
      }),
      { numRuns: 200 },
    );
  });
});
