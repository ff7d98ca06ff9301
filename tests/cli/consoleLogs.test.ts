// The console chat keeps info lines off the terminal: `npm start` without chat credentials logs only warnings and
// errors unless LOG_LEVEL says otherwise (a spawned bin/isf.js start, like npm start).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function startConsole(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('bin/isf.js'), 'start'], {
      env: { PATH: process.env.PATH ?? '', CORPUS_DIR: resolve('corpus'), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end('Who is the Foreign Office spokesperson?\nexit\n');
    child.once('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm start in console mode', () => {
  it('prints no info log line unless LOG_LEVEL asks for them', async () => {
    const quiet = await startConsole({});
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('Tahir Hussain Andrabi');
    expect(quiet.stderr).not.toContain('adapter started');
    const chatty = await startConsole({ LOG_LEVEL: 'info' });
    expect(chatty.code).toBe(0);
    expect(chatty.stderr).toContain('adapter started');
  }, 60_000);
});
