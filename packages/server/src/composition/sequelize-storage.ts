import { SequelizeAdapters } from '@campus/adapters';
import type { CacheLayer } from './cache-layer.js';
import { storesModule } from './stores-module.js';
import type { OpenedStorage } from './tokens.js';

/** SQLite or MySQL through Sequelize; the schema is migrated before anything is bound. */
export async function openSequelizeStorage(url: string, cached: CacheLayer): Promise<OpenedStorage> {
  const adapters = await SequelizeAdapters.open(url);
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module: storesModule(adapters, cached),
    idempotency: adapters.idempotency,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
  };
}
