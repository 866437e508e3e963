import { SequelizeAdapters, createSequelize, migrate, prepareSqlite } from '@campus/adapters';
import type { CacheLayer } from './cache-layer.js';
import { storesModule } from './stores-module.js';
import type { ConnectionPool, OpenedStorage } from './tokens.js';

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
  const pool = connectionPool(adapters.sequelize);
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module: storesModule(adapters, cached),
    idempotency: adapters.idempotency,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
    applied,
    ...(pool ? { pool } : {}),
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

/** The shape of sequelize-pool's pool, which Sequelize keeps for MySQL (SQLite has none). */
interface RawPool {
  size: number;
  available: number;
  using: number;
  waiting: number;
  maxSize: number;
}

/** Reads the pool Sequelize keeps, where there is one, and times how long connections take to be had. */
function connectionPool(sequelize: SequelizeAdapters['sequelize']): ConnectionPool | undefined {
  const raw = (sequelize.connectionManager as unknown as { pool?: Partial<RawPool> }).pool;
  if (!raw || typeof raw.size !== 'number') return undefined;
  const pool = raw as RawPool;
  return {
    stats: () => ({ open: pool.size, busy: pool.using, max: pool.maxSize, waiting: pool.waiting }),
    onAcquired(listener) {
      const started = new WeakMap<object, bigint>();
      sequelize.addHook('beforePoolAcquire', (options?: object) => {
        if (options) started.set(options, process.hrtime.bigint());
      });
      sequelize.addHook('afterPoolAcquire', (_connection: unknown, options?: object) => {
        const at = options && started.get(options);
        if (at === undefined) return;
        started.delete(options!);
        listener(Number(process.hrtime.bigint() - at) / 1e9);
      });
    },
  };
}
