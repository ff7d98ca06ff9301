// Builds dist/ once before the tests: tests that spawn bin/isf.js (which runs only the bundle) see the current sources.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs `node scripts/build.mjs` in the repository. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: fileURLToPath(new URL('../', import.meta.url)), stdio: 'inherit' });
}
