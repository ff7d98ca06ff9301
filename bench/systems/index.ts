import { loadIsfBot } from './isfBot.ts';
import { miniSearchDefault } from './miniSearchDefault.ts';
import type { BenchSystem, SystemId } from './types.ts';
import { winkBm25 } from './winkBm25.ts';

/** The systems in table order. */
export const SYSTEM_IDS: readonly SystemId[] = ['isf-bot', 'minisearch', 'bm25'];

/** Column names of the systems, known even when a system fails to load. */
export const SYSTEM_NAMES: Readonly<Record<SystemId, string>> = {
  'isf-bot': 'isf-bot',
  minisearch: miniSearchDefault.name,
  bm25: winkBm25.name,
};

/** Loads one system; the bot is imported lazily so a missing or broken engine only fails its own column. */
export async function loadSystem(id: SystemId): Promise<BenchSystem> {
  if (id === 'isf-bot') return loadIsfBot();
  return id === 'minisearch' ? miniSearchDefault : winkBm25;
}

/** True for a known system id. */
export function isSystemId(value: string): value is SystemId {
  return (SYSTEM_IDS as readonly string[]).includes(value);
}
