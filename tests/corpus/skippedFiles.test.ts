import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { describeSkippedFiles } from '../../src/corpus/skippedFiles.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

afterAll(removeTempDirs);

const GOOD = story({ title: 'Harbour' }, ['The harbour reopened on Monday.']);

describe('skipped corpus files', () => {
  it('lists broken stories and files of other types on one line, and nothing for a clean folder', async () => {
    const dir = await makeTempCorpus({ 'good.md': GOOD, 'broken.md': '---\ntitle: "x\n---\nBody.\n', 'notes.pdf': 'pdf', '.DS_Store': '', images: { folder: true } });
    const corpus = await loadCorpus(dir);
    expect(corpus.unsupported).toEqual(['notes.pdf']);
    expect(describeSkippedFiles(corpus)).toBe('Skipped 2 files: broken.md (front matter line 2 has an unclosed " quote); notes.pdf (not a .md or .txt story).');
    expect(describeSkippedFiles(await loadCorpus(await makeTempCorpus({ 'good.md': GOOD })))).toBeUndefined();
  });

  it('names the first five and counts the rest', () => {
    const unsupported = Array.from({ length: 8 }, (_, i) => `file${i}.pdf`);
    const line = describeSkippedFiles({ problems: [], unsupported })!;
    expect(line).toMatch(/^Skipped 8 files: file0\.pdf .*file4\.pdf \(not a \.md or \.txt story\); and 3 more\.$/);
    expect(line).not.toContain('file5');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('says a folder of only other files holds no story, naming them', async () => {
    const dir = await makeTempCorpus({ 'a.pdf': 'x', 'b.docx': 'y', '.hidden': '' });
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).toBe(`corpus folder ${dir} holds no .md or .txt story, only 2 other files (a.pdf, b.docx): add .md or .txt stories`);
  });

  it('still calls a folder with nothing in it empty', async () => {
    const dir = await makeTempCorpus({ '.hidden': '' });
    await expect(loadCorpus(dir)).rejects.toThrow(/is empty/);
  });
});
