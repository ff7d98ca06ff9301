#!/usr/bin/env node
// The `isf` command: runs the bundle in dist/, built by `npm install` (prepare) or `npm run build`.
// `npm run dev` runs the TypeScript sources instead (bin/isf-dev.js).
let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/main.js')) throw error;
  process.stderr.write('isf: the build is missing (dist/main.js): run npm run build (npm install runs it too)\n');
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
