// The console chat keeps info lines off the terminal: `npm start` without chat credentials logs only warnings and
// errors unless LOG_LEVEL says otherwise (a spawned bin/isf.js start, like npm start).
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../support/paths.ts';
import { runIsf } from '../support/spawnIsf.ts';

function startConsole(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runIsf(['start'], { CORPUS_DIR, ...env }, { stdin: 'Who is the Foreign Office spokesperson?\nexit\n' });
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
