// Dependencies run one way: adapters → bot → commands → search → text/corpus. A file may import its own layer or a
// lower one, never a higher one; no file below the adapters imports a chat platform package. Files outside the
// layers (logger, config, version, the store) are not ranked here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The layers, lowest first; a folder's rank is its index. The entry points (app, cli) sit above the adapters. */
const LAYERS = [['src/text', 'src/corpus'], ['src/search'], ['commands'], ['src/bot'], ['src/adapters'], ['src/app', 'src/cli']] as const;
const ADAPTERS_RANK = 4;

/** Packages that belong to one chat platform: only the adapters (and the entry points) may import them. */
const PLATFORM_PACKAGE = /^(?:@slack\/|discord\.js$|@discordjs\/|discord-api-types)/;

interface ImportEdge {
  file: string;
  specifier: string;
}

function rankOf(path: string): number | undefined {
  const index = LAYERS.findIndex((folders) => folders.some((folder) => path === folder || path.startsWith(`${folder}/`)));
  return index < 0 ? undefined : index;
}

/** The imports that run the wrong way, one line each. */
function wrongWayImports(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const { file, specifier } of edges) {
    const from = rankOf(file);
    if (from === undefined) continue;
    if (!specifier.startsWith('.')) {
      if (from < ADAPTERS_RANK && PLATFORM_PACKAGE.test(specifier)) problems.push(`${file} imports the platform package ${specifier}`);
      continue;
    }
    const target = normalize(join(dirname(file), specifier));
    const to = rankOf(target);
    if (to !== undefined && to > from) problems.push(`${file} imports ${target}, a higher layer`);
  }
  return problems;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every static, re-exported and dynamic import of a file. */
function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const pattern = /(?:^|\s)(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|(?:^|\s)import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(pattern)].map((m) => ({ file, specifier: (m[1] ?? m[2] ?? m[3])! }));
}

describe('dependency direction', () => {
  it('has no import from a lower layer to a higher one, and no platform package below the adapters', () => {
    const edges = [...sourceFiles('src'), ...sourceFiles('commands')].flatMap(importsOf);
    expect(edges.length).toBeGreaterThan(100);
    expect(wrongWayImports(edges)).toEqual([]);
  });

  it('catches a wrong-way import, a platform package in the core and a dynamic import', () => {
    expect(
      wrongWayImports([
        { file: 'commands/types.ts', specifier: '../src/bot/reply.ts' },
        { file: 'src/search/engine.ts', specifier: 'discord.js' },
        { file: 'src/text/x.ts', specifier: '@slack/bolt' },
        { file: 'src/bot/bot.ts', specifier: '../adapters/slack/slackAdapter.ts' },
        { file: 'src/adapters/slack/a.ts', specifier: '@slack/bolt' },
        { file: 'src/bot/bot.ts', specifier: '../../commands/index.ts' },
      ]),
    ).toEqual([
      'commands/types.ts imports src/bot/reply.ts, a higher layer',
      'src/search/engine.ts imports the platform package discord.js',
      'src/text/x.ts imports the platform package @slack/bolt',
      'src/bot/bot.ts imports src/adapters/slack/slackAdapter.ts, a higher layer',
    ]);
    expect(importsOf('src/cli/main.ts').length).toBeGreaterThan(0);
  });
});
