// Every test file gets a store folder of its own, so bots started in-process never write into the repository's ./data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'isf-data-'));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
