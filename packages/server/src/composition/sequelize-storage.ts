import { SequelizeAdapters, createSequelize, prepareSqlite } from '@campus/adapters/sequelize';
import type { CacheLayer } from './cache-layer.js';
import { portsModule } from './ports-module.js';
import type { OpenedStorage } from './tokens.js';

/**
 * SQLite or MySQL through Sequelize; the schema is migrated before anything is bound, unless
 * `migrate` is false (the workers of `serve --workers`, whose primary migrated before forking).
 */
export async function openSequelizeStorage(
  url: string,
  cached: CacheLayer,
  migrate = true,
): Promise<OpenedStorage> {
  const adapters = migrate ? await SequelizeAdapters.open(url) : await openMigrated(url);
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module: portsModule(cached.around(adapters.ports)),
    idempotency: adapters.idempotency,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
  };
}

/** Opens a database another process has migrated; fails, as `open` would, when it does not answer. */
async function openMigrated(url: string): Promise<SequelizeAdapters> {
  const sequelize = createSequelize(url);
  try {
    await prepareSqlite(sequelize, url);
    await sequelize.authenticate();
  } catch (error) {
    await sequelize.close().catch(() => undefined);
    throw error;
  }
  return new SequelizeAdapters(sequelize);
}
