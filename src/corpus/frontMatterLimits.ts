// What the YAML parser is handed at the most: a story's front matter is a few short lines, and the yaml package is
// slow or unsafe far beyond them (figures measured here with yaml 2.x, under load).

/**
 * The longest front matter block given to the YAML parser, in characters. On a block with an error the parser
 * takes time growing with the square of its length: 35 KB took 0.9 s, 8,000 lines 1.5 s, 100,000 lines 14
 * minutes (a story opening with a `---` rule makes its whole text up to the next one "front matter"). Real
 * front matter is under 1 KB; a longer block of plain `key: value` lines is still read, without the parser.
 */
export const MAX_YAML_FRONT_MATTER_CHARS = 16 * 1024;

/**
 * How deep a front matter block may nest before it is refused unread. The yaml package parses nesting by
 * recursion: measured with yaml 2.x here, 700 levels of `[` or of indented keys parse and 1,000 overflow the
 * stack; an overflow inside it can abort the whole process (V8 then fails to compile a regular expression,
 * a fatal error no try/catch sees). Front matter needs one level (a list of authors, a tags list: two), so
 * 64 is far above any real story and far below the overflow.
 */
export const MAX_FRONT_MATTER_NESTING = 64;

/**
 * An upper bound on the nesting depth of a YAML block, read as text: the open indentation levels of a line, its
 * compact `- ` / `? ` / `: ` markers, and the `[`/`{` still open (quotes not told apart: a bound, not a parse).
 */
export function frontMatterNesting(block: string): number {
  let deepest = 0;
  let openBrackets = 0;
  const indents: number[] = [];
  for (const line of block.split(/\r?\n/)) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    const markers = (/^(?:[-?:][ \t]+)*/.exec(content)?.[0] ?? '').replace(/\s/g, '').length;
    const lineDepth = indents.length + markers;
    for (const char of content) {
      if (char === '[' || char === '{') openBrackets += 1;
      else if ((char === ']' || char === '}') && openBrackets > 0) openBrackets -= 1;
      deepest = Math.max(deepest, lineDepth + openBrackets);
    }
  }
  return deepest;
}
