import { join } from 'node:path';
import type { StoreConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { openPostgresStore } from './openPostgres.ts';
import { openSqliteStore, SQLITE_FILE } from './openSqlite.ts';
import { ResilientStore, type ResilientStoreOptions } from './resilientStore.ts';
import type { Store } from './types.ts';

/** Where the configured store lives, for logs and messages (never the password of a URL). */
export function describeStore(config: StoreConfig): string {
  if (config.databaseUrl === undefined) return join(config.dataDir, SQLITE_FILE);
  const url = new URL(config.databaseUrl);
  url.password = '';
  url.username = '';
  return url.href;
}

/** Opens the configured database store directly (migrated), failing if it cannot: for `isf report`. */
export function openDatabaseStore(config: StoreConfig): Promise<Store> {
  return config.databaseUrl !== undefined ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
}

/**
 * Opens the store of the serving bot: the configured database behind the resilient wrapper, so a database
 * that is down at start or later never stops the bot answering (it retries in the background).
 */
export async function openBotStore(config: StoreConfig, logger: Logger, options: Partial<ResilientStoreOptions> = {}): Promise<ResilientStore> {
  const store = new ResilientStore({
    engine: config.databaseUrl !== undefined ? 'postgres' : 'sqlite',
    logger,
    open: () => openDatabaseStore(config),
    ...options,
  });
  await store.start();
  logger.info({ engine: store.engine, where: describeStore(config), up: store.health().up }, 'store opened');
  return store;
}
