import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRASH_EXIT_CODE } from '../../src/app/guardProcess.ts';

// A Discord-shaped token pasted with a line break in the middle: each half is secret too.
const SECRET = 'MTA5OTk5OTk5OTk5.GhIjKl.first-half-of-it\nsecond-half-of-the-token';
const PIECES = SECRET.split('\n');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('exit', (code) => done({ code, stderr, stdout }));
  });
}

function expectNoSecret(text: string): void {
  for (const piece of PIECES) expect(text, `stderr holds "${piece}"`).not.toContain(piece);
  expect(text).not.toContain(JSON.stringify(SECRET).slice(1, -1));
}

describe('every byte of stderr is scrubbed, crash output included', () => {
  it.each([['throw'], ['reject']])('when the process crashes (%s) after printing around the logger', async (how) => {
    const { code, stderr } = await run([resolve('bin/run-ts.js'), resolve('tests/app/fixtures/leakyCrash.ts'), how], { LEAKY_SECRET: SECRET });
    expect(code).toBe(CRASH_EXIT_CODE);
    expect(stderr).toContain('console.error: [redacted]');
    expect(stderr).toContain('a raw buffer: [redacted]');
    expect(stderr).toContain('a warning: [redacted]');
    expect(stderr).toMatch(/"level":60.*crashed/);
    expectNoSecret(stderr);
  }, 30_000);

  it('when the bot is started with a token that has a line break inside: a one-line config error, exit 1', async () => {
    const { code, stderr } = await run([resolve('bin/isf.js'), 'start'], { DISCORD_TOKEN: SECRET, DISCORD_APPLICATION_ID: '123', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('isf: DISCORD_TOKEN must not contain spaces, tabs or line breaks');
    expectNoSecret(stderr);
  }, 30_000);
});
