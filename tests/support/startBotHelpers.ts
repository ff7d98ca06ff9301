// Shared set-up of the runtime tests: a config pointed at the fakes, console streams, polling.
import { PassThrough } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.ts';

/** A config from these variables, as `npm start` reads it (CORPUS_DIR defaults to the shipped story, DATA_DIR to the test file's temp folder). */
export function testConfig(env: Record<string, string>): Config {
  return loadConfig({ CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ...(process.env.DATA_DIR && { DATA_DIR: process.env.DATA_DIR }), ...env });
}

/** Console streams that stay open until the test ends them. */
export function quietConsole(): { input: PassThrough; output: PassThrough } {
  const output = new PassThrough();
  output.resume();
  return { input: new PassThrough(), output };
}

/** GETs a URL and parses its JSON body. */
export async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown>; type: string | null }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

/** Polls until `check` returns something truthy, or fails after `timeoutMs`. */
export async function waitUntil<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
