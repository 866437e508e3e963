import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Sequelize, type Options } from 'sequelize';

export interface SequelizeOptions {
  /** Called with every SQL statement sent (for statement-count tests and debugging). */
  onQuery?: (sql: string) => void;
  /** MySQL pool size; default 10. */
  poolMax?: number;
}

/**
 * Builds a Sequelize instance from a DATABASE_URL: `sqlite::memory:`, `sqlite:<path>` or
 * `mysql://user:pass@host:port/db`. Times are stored in UTC with milliseconds.
 */
export function createSequelize(url: string, options: SequelizeOptions = {}): Sequelize {
  const logging: Options['logging'] = options.onQuery ? (sql: string) => options.onQuery?.(sql) : false;
  const common: Options = { logging, benchmark: false, define: { underscored: true, timestamps: false } };
  if (url.startsWith('sqlite:')) {
    const storage = url.slice('sqlite:'.length);
    if (storage !== ':memory:') mkdirSync(dirname(storage), { recursive: true });
    return new Sequelize({ ...common, dialect: 'sqlite', storage, pool: { max: 1, min: 0 } });
  }
  if (url.startsWith('mysql://')) {
    return new Sequelize(url, {
      ...common,
      dialect: 'mysql',
      timezone: '+00:00',
      dialectOptions: {
        charset: 'utf8mb4',
        dateStrings: false,
        supportBigNumbers: true,
        connectTimeout: 5_000,
        // mysql2's own conversion (DATETIME to Date in the connection's UTC) instead of
        // Sequelize's, which calls back for every field of every row and parses each time from
        // text: a fifth of reading a post's comments. No column uses a type only Sequelize parses.
        typeCast: true,
      },
      pool: { max: options.poolMax ?? 10, min: 0, acquire: 5_000, idle: 10_000 },
      hooks: { afterConnect: readCommitted },
    });
  }
  throw new Error(`Unsupported database URL: ${url.split(':')[0]}:…`);
}

/**
 * MySQL connections run READ COMMITTED. Correctness here comes from unique indexes, relative
 * counter updates and explicit row locks on the post, never from snapshot reads; REPEATABLE READ
 * would add a gap lock to every locking read of a missing row (an anonymous number not yet handed
 * out), and two such gaps taken before two inserts deadlock. Set once per connection, so no
 * transaction pays a statement for it.
 */
function readCommitted(connection: unknown): Promise<void> {
  const mysql = connection as { query(sql: string, done: (error: Error | null) => void): void };
  return new Promise((resolve, reject) =>
    mysql.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

export function dialectOf(sequelize: Sequelize): 'mysql' | 'sqlite' {
  return sequelize.getDialect() === 'mysql' ? 'mysql' : 'sqlite';
}

/** Settings that make SQLite behave under concurrent requests: WAL, waiting for locks, FKs on. */
export async function prepareSqlite(sequelize: Sequelize, url: string): Promise<void> {
  if (dialectOf(sequelize) !== 'sqlite') return;
  await sequelize.query('PRAGMA foreign_keys = ON');
  await sequelize.query('PRAGMA busy_timeout = 5000');
  if (url !== 'sqlite::memory:') await sequelize.query('PRAGMA journal_mode = WAL');
}
