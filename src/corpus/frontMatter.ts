/** Keys the contract allows in front matter. */
export const FRONT_MATTER_KEYS = ['title', 'source', 'url', 'published', 'author'] as const;

/** A front matter key the contract knows. */
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** The result of splitting a file into front matter and body. */
export interface SplitFrontMatter {
  fields: Partial<Record<FrontMatterKey, string>>;
  body: string;
}

/** Thrown for malformed front matter; the message is one line that names the problem. */
export class FrontMatterError extends Error {}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Splits optional `---` front matter (simple `key: value` lines, values optionally quoted) from the body.
 * Unknown keys are ignored; an unclosed block or a line that is not `key: value` is an error.
 */
export function splitFrontMatter(raw: string): SplitFrontMatter {
  const opening = OPENING.exec(raw);
  if (!opening) return { fields: {}, body: raw.replace(/^\uFEFF/, '') };
  const rest = raw.slice(opening[0].length);
  const closing = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!closing) throw new FrontMatterError('front matter starts with --- but has no closing --- line');
  const block = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  const fields: SplitFrontMatter['fields'] = {};
  block.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new FrontMatterError(`front matter line ${i + 2} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
    const key = match[1]!.toLowerCase();
    const value = unquote(match[2]!.trim(), i + 2);
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(key) && value !== '') {
      fields[key as FrontMatterKey] = value;
    }
  });
  return { fields, body };
}

function unquote(value: string, line: number): string {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return value;
  if (value.length < 2 || value[value.length - 1] !== quote) {
    throw new FrontMatterError(`front matter line ${line} has an unclosed ${quote} quote`);
  }
  const inner = value.slice(1, -1);
  return quote === "'" ? inner.replaceAll("''", "'") : inner.replace(/\\(["\\])/g, '$1');
}
