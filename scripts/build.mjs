// Bundles the bot's TypeScript into dist/ with esbuild (a devDependency), so `isf` starts in a few
// tens of milliseconds instead of compiling on the fly. Runs on `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });
await build({
  // The workers are entries of their own: a worker thread starts from a file (src/app/reloadInWorker.ts, buildIndex.ts).
  entryPoints: {
    main: new URL('src/cli/main.ts', root).pathname,
    indexWorker: new URL('src/app/indexWorker.ts', root).pathname,
    analysisWorker: new URL('src/app/analysisWorker.ts', root).pathname,
  },
  outdir: new URL('dist', root).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// Word lists are read at run time relative to the module that reads them.
cpSync(new URL('src/text/data', root), new URL('dist/data', root), { recursive: true });
