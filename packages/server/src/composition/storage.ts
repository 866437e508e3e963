import type { CacheLayer } from './cache-layer.js';
import { openMemoryStorage } from './memory-storage.js';
import { openSequelizeStorage } from './sequelize-storage.js';
import type { OpenedStorage } from './tokens.js';

/** Picks the adapter set from DATABASE_URL. */
export function openStorage(databaseUrl: string, cached: CacheLayer): Promise<OpenedStorage> {
  if (databaseUrl === 'memory') return Promise.resolve(openMemoryStorage(cached));
  return openSequelizeStorage(databaseUrl, cached);
}
