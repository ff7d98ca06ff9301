import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFilePath, openIndexedCorpus } from '../../src/app/indexCache.ts';
import { loadEngine } from '../../src/app/loadEngine.ts';
import { silentLogger } from '../../src/logger.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';

const tempDataDir = (): Promise<string> => makeTempDir('isf-data-');

afterAll(removeTempDirs);

const ZOO = story({ title: 'Zoo news', published: '2025-12-21' }, ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday.', 'The zoo reopened in November after repairs.']);
const PORT = story({ title: 'Port news' }, ['The port of Karachi handled 3 million containers in 2024.', 'Its new crane arrived from Shanghai.']);
const QUESTIONS = ['How many zebras does the Gaza zoo keep?', 'Who is Amal Haddad?', 'How many containers did Karachi handle?', 'Where did the crane come from?', 'Who is Qwertyuiop?'];

describe('the persisted index', () => {
  it('is built and saved on the first load, then loaded unchanged, answering exactly as a freshly built engine', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'port.md': PORT });
    const dataDir = await tempDataDir();
    const first = await openIndexedCorpus(corpusDir, dataDir);
    expect(first.origin).toBe('built');
    expect(await first.save()).toBeUndefined();
    const second = await openIndexedCorpus(corpusDir, dataDir);
    expect(second.origin).toBe('saved');
    expect(second.index.sentences.count).toBe(4);
    expect(second.index.sentences).toEqual(first.index.sentences);
    const loaded = createEngine(second.corpus, { index: second.index });
    const built = createEngine(first.corpus);
    for (const question of QUESTIONS) expect(loaded.ask(question), question).toEqual(built.ask(question));
    expect(loaded.status()).toEqual(built.status());
  });

  it('re-indexes only the story that changed, and answers from the new text', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'port.md': PORT });
    const dataDir = await tempDataDir();
    await (await openIndexedCorpus(corpusDir, dataDir)).save();
    await writeFile(join(corpusDir, 'zoo.md'), ZOO.replace('42 zebras', '57 giraffes'));
    const updated = await openIndexedCorpus(corpusDir, dataDir);
    expect(updated.origin).toBe('updated');
    expect(updated.reindexed).toBe(1);
    const engine = createEngine(updated.corpus, { index: updated.index });
    expect(engine.ask('How many giraffes does the Gaza zoo keep?').passages[0]?.quote).toContain('57 giraffes');
    expect(engine.ask('How many zebras does the zoo keep?').passages.every((p) => !p.quote.includes('42'))).toBe(true);
    // The updated index answers as one built from scratch over the same files, with the same sentence statistics.
    expect(updated.index.sentences).toEqual(new PassageIndex(updated.corpus).sentences);
    const scratch = createEngine(updated.corpus);
    for (const question of [...QUESTIONS, 'How many giraffes does the Gaza zoo keep?']) expect(engine.ask(question), question).toEqual(scratch.ask(question));
    await updated.save();
    expect((await openIndexedCorpus(corpusDir, dataDir)).origin).toBe('saved');
  });

  it('reads back lines longer than a read chunk, and text beyond ASCII, exactly', async () => {
    // One paragraph of 1.5 MB: its line of the saved file spans two chunks of 1 MB.
    const long = `${'Zebras graze – near the “old” café. '.repeat(40_000)}The end.`;
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'long.md': story({ title: 'Long – story' }, [long, 'Short one.']) });
    const dataDir = await tempDataDir();
    const first = await openIndexedCorpus(corpusDir, dataDir);
    expect(await first.save()).toBeUndefined();
    const second = await openIndexedCorpus(corpusDir, dataDir);
    expect(second.origin).toBe('saved');
    const texts = (c: typeof first.corpus) => c.documents.map((d) => [d.title, ...d.passages.map((p) => p.text)]);
    expect(texts(second.corpus)).toEqual(texts(first.corpus));
    expect(second.corpus.documents.find((d) => d.id === 'long')?.passages[0]?.text).toBe(long);
  });

  it('restores the stories as read from their files, and loads no paragraph text before it is asked for', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'port.md': PORT });
    const dataDir = await tempDataDir();
    const first = await openIndexedCorpus(corpusDir, dataDir);
    await first.save();
    const second = await openIndexedCorpus(corpusDir, dataDir);
    expect(second.origin).toBe('saved');
    // A saved story's paragraphs are made on first use (an accessor until then); once made, a plain value.
    expect(Object.getOwnPropertyDescriptor(second.corpus.documents[0]!, 'passages')?.get).toBeDefined();
    expect(second.corpus.documents).toEqual(first.corpus.documents);
    expect(Object.getOwnPropertyDescriptor(second.corpus.documents[0]!, 'passages')?.value).toEqual(first.corpus.documents[0]!.passages);
  });

  it('is rebuilt when bytes inside the saved file are overwritten, wherever they fall', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'port.md': PORT });
    const dataDir = await tempDataDir();
    await (await openIndexedCorpus(corpusDir, dataDir)).save();
    const file = indexFilePath(dataDir, corpusDir);
    const good = await readFile(file);
    const headerEnd = good.indexOf(0x0a) + 1;
    const built = createEngine((await openIndexedCorpus(corpusDir, dataDir)).corpus);
    // Ten places past the header line (in text, numbers, JSON tables and the trailer), each byte changed in turn.
    for (let step = 0; step < 10; step++) {
      const at = headerEnd + Math.floor(((good.length - headerEnd - 1) * step) / 9);
      const damaged = Buffer.from(good);
      damaged[at] = damaged[at]! ^ 0x20;
      await writeFile(file, damaged);
      const reopened = await openIndexedCorpus(corpusDir, dataDir);
      expect(reopened.origin, `byte ${at} of ${good.length}`).toBe('built');
      const engine = createEngine(reopened.corpus, { index: reopened.index });
      for (const question of QUESTIONS) expect(engine.ask(question), question).toEqual(built.ask(question));
    }
  });

  it('drops a removed story and adds a new one', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO, 'port.md': PORT });
    const dataDir = await tempDataDir();
    await (await openIndexedCorpus(corpusDir, dataDir)).save();
    await rm(join(corpusDir, 'port.md'));
    await writeFile(join(corpusDir, 'harbour.md'), PORT.replace('Karachi', 'Gwadar'));
    const updated = await openIndexedCorpus(corpusDir, dataDir);
    expect(updated.origin).toBe('updated');
    const engine = createEngine(updated.corpus, { index: updated.index });
    expect(engine.passageCount).toBe(4);
    expect(engine.ask('How many containers did Gwadar handle?').passages[0]?.doc).toBe('harbour');
    expect(engine.search('Karachi').passages).toEqual([]);
  });

  it('is rebuilt when the saved file is damaged, and loadEngine reports where the index came from', async () => {
    const corpusDir = await makeTempCorpus({ 'zoo.md': ZOO });
    const dataDir = await tempDataDir();
    await (await openIndexedCorpus(corpusDir, dataDir)).save();
    const file = indexFilePath(dataDir, corpusDir);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const reopened = await openIndexedCorpus(corpusDir, dataDir);
    expect(reopened.origin).not.toBe('saved');
    await reopened.save();
    const engine = await loadEngine(corpusDir, silentLogger, { dataDir });
    expect(engine.fromPersisted).toBe(true);
    expect(engine.ask('How many zebras does the Gaza zoo keep?').answered).toBe(true);
  });
});
