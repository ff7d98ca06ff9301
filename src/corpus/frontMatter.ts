import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { MAX_FRONT_MATTER_NESTING, MAX_YAML_FRONT_MATTER_CHARS, frontMatterNesting } from './frontMatterLimits.ts';

/** Keys the contract allows in front matter. */
const FRONT_MATTER_KEYS = ['title', 'source', 'url', 'published', 'author'] as const;

/** A front matter key the contract knows. */
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** The result of splitting a file into front matter and body. */
export interface SplitFrontMatter {
  fields: Partial<Record<FrontMatterKey, string>>;
  body: string;
}

/** Thrown for malformed front matter; the message is one line that names the problem. */
export class FrontMatterError extends Error {}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Splits optional `---` front matter from the body. The block is YAML (lists, nesting and comments allowed; dates
 * stay text): the known keys are read, the rest ignored. A block that is not YAML but the simple `key: value` lines
 * this loader always read (a title holding ": ") is read as such lines; anything else is an error naming the line.
 */
export function splitFrontMatter(raw: string): SplitFrontMatter {
  const opening = OPENING.exec(raw);
  if (!opening) return { fields: {}, body: raw.replace(/^\uFEFF/, '') };
  const rest = raw.slice(opening[0].length);
  const closing = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!closing) throw new FrontMatterError('front matter starts with --- but has no closing --- line');
  const block = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  return { fields: readPlainLines(block) ?? readYaml(block) ?? readKeyValueLines(block), body };
}

// The yaml package is loaded only for a block the plain reading below cannot take (about a third of `isf sources`' start-up).
const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;

// A line YAML reads as a key and one string, exactly as written: `key: plain text`, `key: "text"` or `key: 'text'`
// (no escapes, no comment after it), or `key:` with nothing.
const PLAIN_LINE = /^([A-Za-z_][\w-]*):(?:[ ]+(?:"([^"\\]*)"|'([^']*)'|([^\s"'\-?:,[\]{}#&*!|>%@`][^\t]*?)))?[ ]*$/;
// Plain values the core schema reads as something other than text (null, a boolean, a number).
const CORE_NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * The known fields of a block of plain one-line `key: value` entries, read without the YAML parser, or undefined
 * when any line needs it (a list, an escape, a comment after a value, a repeated key, a value that is not text).
 */
function readPlainLines(block: string): SplitFrontMatter['fields'] | undefined {
  const fields: SplitFrontMatter['fields'] = {};
  const keys = new Set<string>();
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === '' && !/\t/.test(line)) continue;
    const match = PLAIN_LINE.exec(line);
    if (!match || keys.has(match[1]!)) return undefined;
    keys.add(match[1]!);
    const plain = match[4];
    if (plain !== undefined && (/:\s| #|:$/.test(plain) || CORE_NON_STRING.test(plain))) return undefined;
    const key = match[1]!.toLowerCase();
    const text = (match[2] ?? match[3] ?? plain ?? '').trim();
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(key) && text !== '') fields[key as FrontMatterKey] = text;
  }
  return fields;
}

/** The known fields of a YAML mapping, or undefined when the block is not a YAML mapping. */
function readYaml(block: string): SplitFrontMatter['fields'] | undefined {
  if (block.length > MAX_YAML_FRONT_MATTER_CHARS) {
    throw new FrontMatterError(`front matter is ${Math.ceil(block.length / 1024)} KB of more than plain "key: value" lines; only ${MAX_YAML_FRONT_MATTER_CHARS / 1024} KB of it are read as YAML`);
  }
  const depth = frontMatterNesting(block);
  if (depth > MAX_FRONT_MATTER_NESTING) throw new FrontMatterError(`front matter nests ${depth} levels deep (the limit is ${MAX_FRONT_MATTER_NESTING}): not read`);
  // The core schema has no timestamps: `published: 2025-12-20` stays the text it is.
  yaml ??= require('yaml') as typeof Yaml;
  const document = yaml.parseDocument(block, { schema: 'core' });
  if (document.errors.length > 0) return undefined;
  const value = resolveYaml(document);
  if (value === null || value === undefined) return {};
  if (!(value instanceof Map)) return undefined;
  const fields: SplitFrontMatter['fields'] = {};
  for (const [rawKey, rawValue] of value) {
    if (typeof rawKey !== 'string') continue;
    const key = rawKey.toLowerCase();
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) continue;
    const text = asText(key, rawValue);
    if (text !== '') fields[key as FrontMatterKey] = text;
  }
  return fields;
}

/**
 * A parsed YAML document as plain values, its mappings as Maps (a key may be a list; made text, it would make yaml
 * print a warning). Resolving its aliases is where YAML fails that parsed: an alias with no anchor before it, or
 * aliases that expand past the library's limit (a "billion laughs"); either is a FrontMatterError, as any other.
 */
function resolveYaml(document: Yaml.Document): unknown {
  try {
    return document.toJS({ mapAsMap: true });
  } catch (error) {
    throw new FrontMatterError(`front matter is not usable YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** A known key's value as text: a scalar as written, a list of scalars joined by commas (several authors). */
function asText(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) return value.map(String).join(', ').trim();
  throw new FrontMatterError(`front matter key "${key}" must be text, not ${kindOfValue(value)}`);
}

/** What a YAML value that is not text is, in a word or two. */
function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list holding lists or mappings';
  if (value instanceof Map) return 'a mapping';
  if (value instanceof Uint8Array) return 'binary data';
  return `a ${typeof value}`;
}

/** The simple `key: value` lines (values optionally quoted); a line that is not one is an error naming it. */
function readKeyValueLines(block: string): SplitFrontMatter['fields'] {
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
  return fields;
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
