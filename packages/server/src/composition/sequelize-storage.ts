import { SequelizeAdapters, createSequelize, migrate, prepareSqlite } from '@campus/adapters/sequelize';
import type { CacheLayer } from './cache-layer.js';
import { portsModule } from './ports-module.js';
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
  const { adapters, applied, pool } = await open(url, shouldMigrate);
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module: portsModule(cached.around(adapters.ports)),
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
  // Watched from the first connection on, so the migrations' waits count too.
  const pool = connectionPool(sequelize);
  try {
    await prepareSqlite(sequelize, url);
    const applied = shouldMigrate ? await migrate(sequelize) : (await sequelize.authenticate(), []);
    return { adapters: new SequelizeAdapters(sequelize), applied, pool };
  } catch (error) {
    await sequelize.close().catch(() => undefined);
    throw error;
  }
}

/**
 * What Sequelize's public pool hooks tell of the pool of its units of work (MySQL only; SQLite has
 * one connection and nothing to wait for): how many queries wait for a connection now, and how long
 * each wait took. Reads outside a unit of work use the adapter's own pool and are not counted.
 */
function connectionPool(sequelize: ReturnType<typeof createSequelize>): ConnectionPool | undefined {
  if (sequelize.getDialect() !== 'mysql') return undefined;
  const max = sequelize.config.pool?.max ?? 0;
  const started = new WeakMap<object, bigint>();
  const listeners: ((seconds: number) => void)[] = [];
  let waiting = 0;
  sequelize.addHook('beforePoolAcquire', (options?: object) => {
    waiting += 1;
    if (options) started.set(options, process.hrtime.bigint());
  });
  sequelize.addHook('afterPoolAcquire', (_connection: unknown, options?: object) => {
    waiting = Math.max(0, waiting - 1);
    const at = options && started.get(options);
    if (at === undefined) return;
    started.delete(options!);
    const seconds = Number(process.hrtime.bigint() - at) / 1e9;
    for (const listener of listeners) listener(seconds);
  });
  return {
    stats: () => ({ max, waiting }),
    onAcquired: (listener) => void listeners.push(listener),
  };
}
