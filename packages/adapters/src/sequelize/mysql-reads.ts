import { createPool, type Pool, type PoolConnection, type QueryError, type QueryValues } from 'mysql2';
import { ConnectionAcquireTimeoutError, DatabaseError } from 'sequelize';
import type { MysqlBounds } from './mysql-bounds.js';

type Params = Record<string, unknown>;

/** The `:name` replacements of each statement text seen (a bounded set: the statements are in the code). */
const REPLACEMENT_NAMES = new Map<string, string[]>();

/**
 * The reads outside a unit of work (board pages, post details, search: the hot paths), on a pool
 * of mysql2's own, through its public API. Through Sequelize's `query` each such read cost more
 * CPU (its wrapper: a stack-capturing Error, tokenising the replacements, retries, hooks, copying
 * rows), a large share of a post detail read from MySQL (docs/performance.md). Units of work stay on
 * Sequelize's transactions, which its models share. What callers see is the same: `:name`
 * replacements (a missing one refused), rows typed as Sequelize's connections type them, every
 * statement passed to the listeners, and errors as Sequelize's classes; every wait is bounded as
 * on Sequelize's pool.
 */
export class MysqlReads {
  private pool: Pool | undefined;
  /** The session settings of each new connection, until they are done. */
  private readonly settling = new WeakMap<PoolConnection, Promise<void>>();

  constructor(
    private readonly url: string,
    private readonly bounds: MysqlBounds,
    private readonly size: number,
    private readonly log: (sql: string) => void,
  ) {}

  async select<T>(sql: string, values: Params): Promise<T[]> {
    assertReplaced(sql, values);
    const connection = await this.acquire();
    const settling = this.settling.get(connection);
    if (settling) {
      await settling.catch((error: QueryError) => {
        throw new DatabaseError(Object.assign(error, { sql: '' }));
      });
      this.settling.delete(connection);
    }
    return new Promise<T[]>((resolve, reject) => {
      const query = connection.query(
        { sql, values: toValues(values), namedPlaceholders: true, timeout: this.bounds.statementMs },
        (error: QueryError | null, rows: unknown) => {
          if (error) {
            // A statement past its bound leaves the connection mid-answer, and a fatal error
            // leaves none: neither goes back to the pool.
            if (error.fatal || error.code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
            else connection.release();
            reject(new DatabaseError(Object.assign(error, { sql: '' })));
            return;
          }
          connection.release();
          resolve(Array.isArray(rows) ? rows : []);
        },
      );
      this.log(`Executing (default): ${query.sql}`);
    });
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    // Ending politely waits for every connection's answer: a stalled server gets the connect bound.
    if (pool) {
      await Promise.race([
        new Promise<void>((resolve) => pool.end(() => resolve())),
        new Promise<void>((resolve) => setTimeout(resolve, this.bounds.connectMs).unref()),
      ]);
    }
  }

  /** A pooled connection, or ConnectionAcquireTimeoutError once the acquire bound has passed. */
  private acquire(): Promise<PoolConnection> {
    const pool = (this.pool ??= this.open());
    return new Promise((resolve, reject) => {
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        reject(new ConnectionAcquireTimeoutError(new Error('No MySQL connection was free in time.')));
      }, this.bounds.acquireMs);
      pool.getConnection((error, connection) => {
        if (late) {
          if (!error) connection.release();
          return;
        }
        clearTimeout(timer);
        if (error) reject(new DatabaseError(Object.assign(error, { sql: '' })));
        else resolve(connection);
      });
    });
  }

  private open(): Pool {
    const pool = createPool({
      uri: this.url,
      charset: 'utf8mb4',
      timezone: '+00:00',
      dateStrings: false,
      supportBigNumbers: true,
      bigNumberStrings: false,
      connectTimeout: this.bounds.connectMs,
      connectionLimit: this.size,
      maxIdle: this.size,
      idleTimeout: 10_000,
    });
    // As on Sequelize's connections (see StatementDeadlines): a failure here fails the first read.
    // A read waits for the settings before it is sent: queued behind a setting that never ends, it
    // would never start, nor would its own timer. A setting that fails or runs out of time
    // destroys the connection.
    pool.on('connection', (connection) => {
      const timeout = this.bounds.connectMs;
      const set = (sql: string) =>
        new Promise<void>((resolve, reject) =>
          connection.query({ sql, timeout }, (error) => (error ? reject(error) : resolve())),
        );
      const lockWait = Math.max(1, Math.round(this.bounds.lockWaitSeconds));
      const settings = Promise.all([
        set('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED'),
        set(`SET SESSION innodb_lock_wait_timeout = ${lockWait}`),
      ]).then(() => undefined);
      settings.catch(() => connection.destroy());
      this.settling.set(connection, settings);
    });
    return pool;
  }
}

/** mysql2 reads a missing named replacement as NULL; Sequelize refuses it, and so does this. */
function assertReplaced(sql: string, replacements: Params): void {
  let names = REPLACEMENT_NAMES.get(sql);
  if (names === undefined) {
    names = [...new Set(Array.from(sql.matchAll(/(?<![:\w]):([A-Za-z_]\w*)/g), (m) => m[1]!))];
    REPLACEMENT_NAMES.set(sql, names);
  }
  for (const name of names) {
    if (!(name in replacements))
      throw new Error(`Named replacement ":${name}" has no entry in the replacement map.`);
  }
}

/** The replacements as mysql2 takes them: plain values, or lists of them for `IN (:ids)`. */
function toValues(replacements: Params): Record<string, QueryValues> {
  const values: Record<string, QueryValues> = {};
  for (const [name, value] of Object.entries(replacements)) {
    if (isPlain(value) || (Array.isArray(value) && value.every(isPlain))) values[name] = value;
    else throw new TypeError(`Replacement ":${name}" is not a plain value.`);
  }
  return values;
}

function isPlain(value: unknown): value is string | number | bigint | boolean | Date | null | undefined {
  const type = typeof value;
  return (
    value === null ||
    value instanceof Date ||
    type === 'string' ||
    type === 'number' ||
    type === 'bigint' ||
    type === 'boolean' ||
    type === 'undefined'
  );
}
