import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { asJson, asUint32, firstLineOf, onlySection, readWholeFile, SectionChecksum, SectionWriter, sectionsOf } from '../../src/search/indexSections.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';

afterEach(removeTempDirs);

/** A small section file: a header line, text of an odd length written in two pieces, numbers, JSON, a repeated name. */
async function writeSample(path: string): Promise<void> {
  const out = new SectionWriter(path);
  await out.firstLine(JSON.stringify({ h: { note: 'café – “quoted”' } }));
  await out.begin('text');
  await out.add('Zebras graze near the “old” café');
  await out.add('; the end.');
  out.end();
  await out.section('numbers', Uint32Array.from([0, 1, 0xffff_ffff, 42]));
  await out.section('json', JSON.stringify({ a: [1, 2, 3] }));
  await out.section('piece', 'one');
  await out.section('piece', 'three');
  await out.finish();
}

describe('the section file of a saved index', () => {
  it('reads back its first line and every section as written, a repeated name in order', async () => {
    const path = join(await makeTempDir(), 'sample.index');
    await writeSample(path);
    const bytes = await readWholeFile(path);
    expect(JSON.parse(firstLineOf(bytes)!)).toEqual({ h: { note: 'café – “quoted”' } });
    const sections = await sectionsOf(bytes);
    expect(onlySection(sections, 'text').toString('utf8')).toBe('Zebras graze near the “old” café; the end.');
    expect([...asUint32(onlySection(sections, 'numbers'))]).toEqual([0, 1, 0xffff_ffff, 42]);
    expect(asJson(onlySection(sections, 'json'))).toEqual({ a: [1, 2, 3] });
    expect(sections.get('piece')!.map((piece) => piece.toString('utf8'))).toEqual(['one', 'three']);
    expect(() => onlySection(sections, 'piece')).toThrow(/repeated/);
    expect(() => onlySection(sections, 'absent')).toThrow(/missing/);
    // A buffer that does not start its memory (as a pooled one) reads the same.
    const offset = Buffer.concat([Buffer.from([1, 2, 3]), bytes]).subarray(3);
    expect([...asUint32(onlySection(await sectionsOf(offset), 'numbers'))]).toEqual([0, 1, 0xffff_ffff, 42]);
  });

  it('refuses a file with any byte past its first line changed, or cut short anywhere', async () => {
    const path = join(await makeTempDir(), 'sample.index');
    await writeSample(path);
    const good = await readFile(path);
    const bodyStart = good.indexOf(0x0a) + 1;
    for (let at = bodyStart; at < good.length; at++) {
      const damaged = Buffer.from(good);
      damaged[at] = damaged[at]! ^ 0x01;
      const read = async () => {
        const sections = await sectionsOf(damaged);
        // A changed section name passes the manifest's checks but leaves the section missing.
        for (const name of ['text', 'numbers', 'json']) onlySection(sections, name);
        if (sections.get('piece')?.length !== 2) throw new Error('piece missing');
      };
      await expect(read(), `byte ${at}`).rejects.toThrow();
    }
    for (let length = 0; length < good.length; length += 7) await expect(sectionsOf(good.subarray(0, length)), `length ${length}`).rejects.toThrow();
    await writeFile(path, good);
    await expect(sectionsOf(await readWholeFile(path))).resolves.toBeDefined();
  });

  it('checksums bytes the same however they are split into pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.array(fc.nat({ max: 64 }), { maxLength: 6 }), (bytes, cuts) => {
        const whole = new SectionChecksum();
        whole.update(bytes);
        const pieces = new SectionChecksum();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          const to = Math.min(cut, bytes.length);
          pieces.update(bytes.subarray(from, Math.max(from, to)));
          from = Math.max(from, to);
        }
        pieces.update(bytes.subarray(from));
        expect(pieces.digest()).toEqual(whole.digest());
      }),
    );
  });
});
