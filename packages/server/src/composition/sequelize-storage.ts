import {
  SequelizeAdapters,
  createSequelize,
  migrate,
  mysqlPools,
  prepareSqlite,
} from '@campus/adapters/sequelize';
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
  shouldMigrate = true,
): Promise<OpenedStorage> {
  const { adapters, applied } = await open(url, shouldMigrate);
  const pools = mysqlPools(adapters.sequelize);
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module: portsModule(cached.around(adapters.ports)),
    idempotency: adapters.idempotency,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
    applied,
    ...(pools ? { pools: { reads: pools.reads, units: pools.units } } : {}),
  };
}

/**
 * Opens the database, migrating it unless another process did; fails, as `SequelizeAdapters.open`
 * would, when it does not answer, with nothing left open.
 */
async function open(url: string, shouldMigrate: boolean) {
  const sequelize = createSequelize(url);
  try {
    await prepareSqlite(sequelize, url);
    const applied = shouldMigrate ? await migrate(sequelize) : (await sequelize.authenticate(), []);
    return { adapters: new SequelizeAdapters(sequelize), applied };
  } catch (error) {
    await sequelize.close().catch(() => undefined);
    throw error;
  }
}
