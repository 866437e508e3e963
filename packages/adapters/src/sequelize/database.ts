import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Sequelize, type Options } from 'sequelize';
import sqlite3 from 'sqlite3';
import { MYSQL_BOUNDS, StatementDeadlines, type MysqlBounds } from './mysql-bounds.js';
import { MysqlPool } from './mysql-pool.js';

export interface SequelizeOptions {
  /** Called with every SQL statement sent (for statement-count tests and debugging). */
  onQuery?: (sql: string) => void;
  /** MySQL pool size; default 10. */
  poolMax?: number;
  /** MySQL waits, each bounded; defaults in `MYSQL_BOUNDS`. */
  bounds?: Partial<MysqlBounds>;
}

/** How long SQLite waits for another process's write lock before the statement fails as busy. */
export const SQLITE_BUSY_TIMEOUT_MS = 3_000;

/** SQLite connections whose busy timeout is set. */
const WAITING = new WeakSet<sqlite3.Database>();

/** What `createSequelize` knows about an instance that Sequelize's typings do not say. */
interface Facts {
  inMemory: boolean;
  listeners: Set<(sql: string) => void>;
  /** MySQL: the pools of the statements (`MysqlPools`). */
  pools: MysqlPools | null;
}
const FACTS = new WeakMap<Sequelize, Facts>();

/**
 * Where MySQL statements go: the reads outside a unit of work, and the units of work (with the
 * writes outside one), each on a pool of `poolMax` connections, so that units holding every
 * connection of theirs (waiting on a locked row, say) cannot starve the reads.
 */
export interface MysqlPools {
  reads: MysqlPool;
  units: MysqlPool;
}

/**
 * Builds a Sequelize instance from a DATABASE_URL: `sqlite::memory:`, `sqlite:<path>` or
 * `mysql://user:pass@host:port/db`. Times are stored in UTC with milliseconds.
 */
export function createSequelize(url: string, options: SequelizeOptions = {}): Sequelize {
  const listeners = new Set<(sql: string) => void>();
  if (options.onQuery) listeners.add(options.onQuery);
  const logging = (sql: string) => {
    for (const listener of listeners) listener(sql);
  };
  // The pools' statements, as Sequelize logs its own; the text is made only when someone listens.
  const logPooled = (label: string, sql: string) => {
    if (listeners.size > 0) logging(`Executing (${label}): ${sql}`);
  };
  // No retries: a busy SQLite already waited its busy timeout, and five more would keep a request
  // waiting five times as long before its 503.
  const common: Options = {
    logging,
    benchmark: false,
    retry: { max: 1 },
    define: { underscored: true, timestamps: false },
  };
  let sequelize: Sequelize;
  let inMemory = false;
  let pools: MysqlPools | null = null;
  if (url.startsWith('sqlite:')) {
    const storage = url.slice('sqlite:'.length);
    inMemory = storage === ':memory:';
    if (!inMemory) mkdirSync(dirname(storage), { recursive: true });
    sequelize = new Sequelize({
      ...common,
      dialect: 'sqlite',
      storage,
      pool: { max: 1, min: 0 },
      // Every connection, not only the first: a file database opens one for each transaction,
      // and Sequelize runs no connect hook for SQLite, so the first statement on it sets it.
      hooks: {
        beforeQuery: (_options, query) => {
          const { connection } = query;
          if (!(connection instanceof sqlite3.Database) || WAITING.has(connection)) return;
          connection.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
          WAITING.add(connection);
        },
      },
    });
  } else if (url.startsWith('mysql://')) {
    const bounds = { ...MYSQL_BOUNDS, ...options.bounds };
    const bounded = new StatementDeadlines(bounds).options();
    const size = options.poolMax ?? 10;
    pools = {
      reads: new MysqlPool(url, bounds, size, logPooled),
      units: new MysqlPool(url, bounds, size, logPooled),
    };
    sequelize = new Sequelize(url, {
      ...common,
      dialect: 'mysql',
      timezone: '+00:00',
      dialectOptions: {
        ...bounded.dialectOptions,
        charset: 'utf8mb4',
        dateStrings: false,
        supportBigNumbers: true,
        // mysql2's own conversion (DATETIME to Date in the connection's UTC) instead of
        // Sequelize's, which calls back for every field of every row and parses each time from
        // text, a large share of reading a post's comments. No column uses a type only Sequelize parses.
        typeCast: true,
      },
      // Sequelize's own connections run the migrations, `/ready`'s ping and what tests send through it.
      pool: { ...bounded.pool, max: 2, min: 0, idle: 10_000 },
      hooks: bounded.hooks,
    });
  } else {
    throw new Error(`Unsupported database URL: ${url.split(':')[0]}:…`);
  }
  FACTS.set(sequelize, { inMemory, listeners, pools });
  return sequelize;
}

/** True for `sqlite::memory:`, whose single connection every statement shares. */
export function isInMemory(sequelize: Sequelize): boolean {
  return FACTS.get(sequelize)?.inMemory ?? false;
}

/** The pools of MySQL statements (each opened on first use), or null on SQLite. */
export function mysqlPools(sequelize: Sequelize): MysqlPools | null {
  return FACTS.get(sequelize)?.pools ?? null;
}

/** Closes the instance and its pools. */
export async function closeSequelize(sequelize: Sequelize): Promise<void> {
  const pools = mysqlPools(sequelize);
  await Promise.all([sequelize.close(), pools?.reads.close(), pools?.units.close()]);
}

/**
 * Calls `listener` with every statement the instance sends from now on, until the returned
 * function is called. Only instances made by `createSequelize` can be listened to.
 */
export function onStatement(sequelize: Sequelize, listener: (sql: string) => void): () => void {
  const facts = FACTS.get(sequelize);
  if (!facts) throw new Error('Statements can be counted only on instances made by createSequelize.');
  facts.listeners.add(listener);
  return () => facts.listeners.delete(listener);
}

export function dialectOf(sequelize: Sequelize): 'mysql' | 'sqlite' {
  return sequelize.getDialect() === 'mysql' ? 'mysql' : 'sqlite';
}

/** Settings that make SQLite behave under concurrent requests: WAL and FKs on (locks: `createSequelize`). */
export async function prepareSqlite(sequelize: Sequelize, url: string): Promise<void> {
  if (dialectOf(sequelize) !== 'sqlite') return;
  await sequelize.query('PRAGMA foreign_keys = ON');
  if (url !== 'sqlite::memory:') await sequelize.query('PRAGMA journal_mode = WAL');
}
