import { join } from 'node:path';
import type { StoreConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { openPostgresStore } from './openPostgres.ts';
import { openSqliteStore, SQLITE_FILE } from './openSqlite.ts';
import { ResilientStore, type ResilientStoreOptions } from './resilientStore.ts';
import type { Store } from './types.ts';

/** Where the configured store lives, for logs and messages (never the password of a URL). */
function describeStore(config: StoreConfig): string {
  if (config.databaseUrl === undefined) return join(config.dataDir, SQLITE_FILE);
  const url = new URL(config.databaseUrl);
  url.password = '';
  url.username = '';
  return url.href;
}

/** Thrown when the configured database cannot be opened; the message says where and why, without a password. */
class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** Opens the configured database store directly (migrated), failing with a StoreOpenError if it cannot: for `isf report`. */
export async function openDatabaseStore(config: StoreConfig): Promise<Store> {
  try {
    return await (config.databaseUrl !== undefined ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir));
  } catch (error) {
    throw new StoreOpenError(`cannot open the store at ${describeStore(config)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
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
