import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { FrontMatterError, splitFrontMatter } from '../../src/corpus/frontMatter.ts';

/** The error message splitFrontMatter throws for a text, or undefined. */
function errorOf(raw: string): string | undefined {
  try {
    splitFrontMatter(raw);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FrontMatterError);
    return (error as Error).message;
  }
}

describe('splitFrontMatter', () => {
  it('returns the whole text as body when there is no front matter', () => {
    expect(splitFrontMatter('Just a body.\n\nTwo paragraphs.')).toEqual({ fields: {}, body: 'Just a body.\n\nTwo paragraphs.' });
  });

  it('reads the known keys and hands back the body after the closing line', () => {
    const raw = '---\ntitle: A title\nsource: Wire\nurl: https://example.com\npublished: 2025-01-02\nauthor: Someone\n---\nBody.';
    expect(splitFrontMatter(raw)).toEqual({
      fields: { title: 'A title', source: 'Wire', url: 'https://example.com', published: '2025-01-02', author: 'Someone' },
      body: 'Body.',
    });
  });

  it('ignores unknown keys, comments, blank lines and empty values', () => {
    const raw = '---\n# a comment\ntags: a, b\n\ntitle:\nsource: S\n---\nBody.';
    expect(splitFrontMatter(raw).fields).toEqual({ source: 'S' });
  });

  it('reads keys case-insensitively', () => {
    expect(splitFrontMatter('---\nTitle: Capital key\n---\nB').fields).toEqual({ title: 'Capital key' });
  });

  it('unquotes double-quoted values with escapes and single-quoted values with doubled quotes', () => {
    expect(splitFrontMatter('---\ntitle: "He said \\"no\\""\n---\nB').fields.title).toBe('He said "no"');
    expect(splitFrontMatter("---\ntitle: 'Pakistan''s offer'\n---\nB").fields.title).toBe("Pakistan's offer");
  });

  it('keeps colons inside a value', () => {
    expect(splitFrontMatter('---\ntitle: Gaza: what next\n---\nB').fields.title).toBe('Gaza: what next');
  });

  it('drops a byte order mark before the front matter or the body', () => {
    expect(splitFrontMatter('\uFEFF---\ntitle: T\n---\nB')).toEqual({ fields: { title: 'T' }, body: 'B' });
    expect(splitFrontMatter('\uFEFFPlain body').body).toBe('Plain body');
  });

  it('accepts CRLF line endings', () => {
    expect(splitFrontMatter('---\r\ntitle: T\r\n---\r\nBody.\r\n')).toEqual({ fields: { title: 'T' }, body: 'Body.\r\n' });
  });

  it('leaves a --- line later in the body alone', () => {
    expect(splitFrontMatter('Body first.\n---\nMore.')).toEqual({ fields: {}, body: 'Body first.\n---\nMore.' });
  });

  it('throws when the opening --- is never closed', () => {
    expect(errorOf('---\ntitle: T\nBody.')).toMatch(/no closing ---/);
  });

  it('throws naming the line number and text of a line that is not key: value', () => {
    const message = errorOf('---\ntitle: T\nsource: S\njust words\n---\nB');
    expect(message).toMatch(/line 4/);
    expect(message).toContain('"just words"');
  });

  it('throws for a value whose quote is not closed', () => {
    expect(errorOf("---\ntitle: 'open\n---\nB")).toMatch(/line 2 has an unclosed ' quote/);
  });

  it('gives every error message on one line', () => {
    for (const raw of ['---\nx', '---\nbad line\n---\n', '---\ntitle: "a\n---\n', `---\n${'y'.repeat(500)}\n---\n`]) {
      const message = errorOf(raw);
      expect(message).toBeDefined();
      expect(message).not.toContain('\n');
    }
  });

  it('reads YAML: a tags list and nested keys are ignored, not a reason to skip the story', () => {
    const raw = '---\ntitle: T\ntags:\n  - gaza\n  - un\nextra:\n  nested: true\npublished: 2025-12-20\n---\nBody.';
    expect(splitFrontMatter(raw)).toEqual({ fields: { title: 'T', published: '2025-12-20' }, body: 'Body.' });
    expect(splitFrontMatter('---\ntags: [a, b]\ntitle: T\n---\nB').fields).toEqual({ title: 'T' });
  });

  it('keeps a date, a number and a folded title as the text they are', () => {
    const raw = '---\npublished: 2025-12-20\ntitle: >-\n  A title on\n  two lines\nsource: 1945\n---\nB';
    expect(splitFrontMatter(raw).fields).toEqual({ published: '2025-12-20', title: 'A title on two lines', source: '1945' });
  });

  it('joins a list of authors, and refuses a mapping where a known key wants text', () => {
    expect(splitFrontMatter('---\nauthor:\n  - A. One\n  - B. Two\n---\nB').fields.author).toBe('A. One, B. Two');
    expect(errorOf('---\ntitle:\n  main: T\n---\nB')).toMatch(/"title" must be text/);
  });
});

/** A "billion laughs": each anchor a list of nine aliases to the one before, the title the last of them. */
function aliasBomb(levels: number): string {
  const names = Array.from({ length: levels + 1 }, (_, i) => `l${i}`);
  const lines = [`${names[0]}: &${names[0]} [x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i <= levels; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `${lines.join('\n')}\ntitle: *${names[levels]}`;
}

describe('splitFrontMatter on malformed YAML', () => {
  it.each([
    ['an alias with no anchor', 'title: *a', /front matter is not usable YAML: .*alias/],
    ['an alias bomb (billion laughs)', aliasBomb(8), /front matter is not usable YAML: .*alias/],
    ['a tab before a key', 'title: T\n\tsource: S', /front matter line 3 is not "key: value"/],
    ['a list of lists where text is expected', 'title:\n  - [a, b]', /"title" must be text, not a list holding lists or mappings/],
    ['a mapping where text is expected', 'title:\n  main: T', /"title" must be text, not a mapping/],
    ['a << merge where text is expected', 'title:\n  <<: { a: 1 }', /"title" must be text, not a mapping/],
    ['binary data where text is expected', 'title: !!binary aGVsbG8=', /"title" must be text, not binary data/],
    ['flow nesting past the parser\'s stack', `title: ${'['.repeat(5000)}${']'.repeat(5000)}`, /front matter nests \d+ levels deep \(the limit is 64\)/],
    ['compact lists nested past the parser\'s stack', `${'- '.repeat(3000)}x`, /front matter nests 3001 levels deep/],
    ['a huge block with one bad line at its end', `${Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n')}\nnot a key`, /front matter is \d+ KB of more than plain "key: value" lines; only 16 KB of it are read as YAML/],
  ])('throws a one-line FrontMatterError for %s', (_what, block, reason) => {
    const message = errorOf(`---\n${block}\n---\nBody.`);
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
  });

  it('reads a huge block of plain key: value lines, without the YAML parser', () => {
    const block = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(splitFrontMatter(`---\n${block}\ntitle: T\n---\nB`).fields).toEqual({ title: 'T' });
  });

  it('reads an anchor and its alias, and ignores a top-level << merge key as any unknown key', () => {
    expect(splitFrontMatter('---\nname: &t The title\ntitle: *t\n---\nB').fields).toEqual({ title: 'The title' });
    expect(splitFrontMatter('---\nbase: &b { source: S }\n<<: *b\ntitle: T\n---\nB').fields).toEqual({ title: 'T' });
  });

  it('reads a few levels of nesting in keys it ignores', () => {
    expect(splitFrontMatter('---\ntitle: T\nextra:\n  a:\n    b: [[1, 2], {c: [3]}]\n---\nB').fields).toEqual({ title: 'T' });
  });

  it('throws nothing but a one-line FrontMatterError, whatever the block holds (property)', () => {
    const piece = fc.constantFrom('title', 'author', ':', ': ', '- ', '*a', '&a', '<<', '!!binary', '!x', '[', ']', '{', '}', ',', '?', '|', '>', '#', '%YAML 1.2', '"', "'", '\\', '\t', ' ', '  ', '\n', 'x', '1', '~', '...', '---x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        try {
          splitFrontMatter(`---\n${parts.join('')}\n---\nBody.`);
        } catch (error) {
          expect(error).toBeInstanceOf(FrontMatterError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitFrontMatter without the YAML parser', () => {
  // Pieces of one-line values, with the characters YAML gives a meaning to (quotes, escapes, comments, indicators).
  const piece = fc.constantFrom('Rubio', 'a title', ': ', ':', ' #', '#', '"', "'", "''", '\\', '\\n', '- ', '-', '[x]', '{y}', '&a', '*a', '!', '|', '>', '%', '@', '`', '?', ',', '2025-12-20', '1945', '0x1F', '1e3', '.5', 'true', 'Null', '~', ' ', '\t', 'é', '“quoted”');
  const value = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
  const quoted = fc.oneof(value, value.map((v) => `"${v}"`), value.map((v) => `'${v}'`));
  const key = fc.constantFrom('title', 'Title', 'source', 'url', 'published', 'author', 'tags', 'x-note');
  const block = fc.array(fc.oneof(fc.tuple(key, quoted).map(([k, v]) => `${k}: ${v}`), fc.constantFrom('', '# note', 'key:')), { maxLength: 6 });

  /** The known fields as the yaml package reads the block (core schema; scalars as text, lists of them joined, null left out). */
  function readByYaml(lines: string[]): Record<string, string> | undefined {
    const document = parseDocument(`${lines.join('\n')}\n`, { schema: 'core' });
    if (document.errors.length > 0) return undefined;
    let value: unknown;
    try {
      value = document.toJS();
    } catch {
      return undefined; // an alias to no anchor
    }
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!['title', 'source', 'url', 'published', 'author'].includes(k.toLowerCase()) || v === null) continue;
      const scalars = Array.isArray(v) ? v : [v];
      if (scalars.some((item) => item === null || typeof item === 'object')) return undefined;
      const text = scalars.map(String).join(', ').trim();
      if (text !== '') fields[k.toLowerCase()] = text;
    }
    return fields;
  }

  it('reads every block of one-line values as the YAML parser does (property)', () => {
    fc.assert(
      fc.property(block, (lines) => {
        const expected = readByYaml(lines);
        fc.pre(expected !== undefined);
        expect(splitFrontMatter(`---\n${lines.join('\n')}\n---\nBody.`).fields).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
