// Whole-process start-up of `isf` commands against a bare `node -e ''`: medians of interleaved runs.
// Run: node scripts/measureStartup.mjs [RUNS] [-- ISF ARGS...]   (default 30 runs of `isf sources`; build first)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const separator = process.argv.indexOf('--');
const runs = Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 30);
const isfArgs = separator === -1 ? ['sources'] : process.argv.slice(separator + 1);
const commands = { 'node -e ""': ['-e', ''], [`isf ${isfArgs.join(' ')}`]: ['bin/isf.js', ...isfArgs] };

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.status !== 0 && name.startsWith('isf')) throw new Error(`${name} exited ${run.status}`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [bare, isf] = Object.values(times).map(median);
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(30)} median ${median(values).toFixed(1)} ms over ${values.length} runs`);
console.log(`ratio ${(isf / bare).toFixed(2)}x`);
