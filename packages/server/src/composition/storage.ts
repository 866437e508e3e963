import type { CacheLayer } from './cache-layer.js';
import { openMemoryStorage } from './memory-storage.js';
import { openSequelizeStorage } from './sequelize-storage.js';
import type { OpenedStorage } from './tokens.js';

/** Picks the adapter set from DATABASE_URL; `migrate` false when another process already did. */
export function openStorage(databaseUrl: string, cached: CacheLayer, migrate = true): Promise<OpenedStorage> {
  if (databaseUrl === 'memory') return Promise.resolve(openMemoryStorage(cached));
  return openSequelizeStorage(databaseUrl, cached, migrate);
}
