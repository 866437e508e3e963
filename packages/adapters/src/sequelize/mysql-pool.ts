import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPool, type Pool, type PoolConnection, type QueryError, type QueryValues } from 'mysql2';
import {
  ConnectionAcquireTimeoutError,
  DatabaseError,
  ForeignKeyConstraintError,
  UniqueConstraintError,
  type BaseError,
} from 'sequelize';
import type { MysqlBounds } from './mysql-bounds.js';

type Params = Record<string, unknown>;

/** The part of mysql2's result header of an INSERT, UPDATE or DELETE that callers read. */
export interface ResultHeader {
  affectedRows: number;
  insertId: number;
}

/** The `:name` replacements of each statement text seen (a bounded set: the statements are in the code). */
const REPLACEMENT_NAMES = new Map<string, string[]>();

/**
 * A pool of mysql2's own, through its public API: the statements outside a unit of work, and the
 * transactions of units of work (`transaction`). Through Sequelize's `query` every statement cost
 * more CPU (its wrapper: a stack-capturing Error, tokenising the replacements, retries, hooks,
 * copying rows), a large share of a read or a like (docs/performance.md); Sequelize keeps the
 * migrations and SQLite. What callers see is what Sequelize gave: `:name` replacements (a missing
 * one refused), rows typed as its connections typed them, every statement passed to the listeners,
 * and errors as its classes (`UniqueConstraintError`, `ConnectionAcquireTimeoutError`,
 * `DatabaseError` with the driver's error as `parent`), never carrying the values sent. Every wait
 * is bounded: for a connection, for its session settings, for each statement.
 */
export class MysqlPool {
  private pool: Pool | undefined;
  /** The session settings of each new connection, until they are done. */
  private readonly settling = new WeakMap<PoolConnection, Promise<void>>();
  private busy = 0;
  private waiting = 0;
  private readonly acquired: ((seconds: number) => void)[] = [];

  constructor(
    private readonly url: string,
    private readonly bounds: MysqlBounds,
    private readonly size: number,
    private readonly log: (label: string, sql: string) => void,
  ) {}

  /** Rows of a SELECT, on a connection of its own (autocommit). */
  async select<T>(sql: string, values: Params): Promise<T[]> {
    return rowsOf<T>(await this.alone(sql, values));
  }

  /** An INSERT, UPDATE or DELETE on a connection of its own (autocommit). */
  async execute(sql: string, values: Params): Promise<ResultHeader> {
    return headerOf(await this.alone(sql, values));
  }

  /**
   * Runs `work` in a transaction on one connection: START TRANSACTION, then COMMIT when `work`
   * resolves, or ROLLBACK when it rejects, and the connection back to the pool (destroyed when a
   * statement failed it). The after-commit effects run once the commit is done, one after the
   * other, before this resolves; none runs after a rollback.
   */
  async transaction<T>(work: (transaction: MysqlTransaction) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    const transaction = new MysqlTransaction((sql, values, label) =>
      this.send(connection, sql, values, label),
    );
    let result: T;
    try {
      await transaction.begin();
      result = await work(transaction);
      await transaction.commit();
    } catch (error) {
      await transaction.rollback();
      throw error;
    } finally {
      this.giveBack(connection, transaction.broken);
    }
    await transaction.committed();
    return result;
  }

  /** The most connections it opens, those lent out now, and the statements waiting for one. */
  stats(): { max: number; busy: number; waiting: number } {
    return { max: this.size, busy: this.busy, waiting: this.waiting };
  }

  /** Tells `listener` how long each connection took to be had, in seconds. */
  onAcquired(listener: (seconds: number) => void): void {
    this.acquired.push(listener);
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

  /** One statement on a pooled connection, which goes back to the pool (or is destroyed) after it. */
  private async alone(sql: string, values: Params): Promise<unknown> {
    const connection = await this.acquire();
    try {
      const result = await this.send(connection, sql, values, 'default');
      this.giveBack(connection, false);
      return result;
    } catch (error) {
      this.giveBack(connection, failsConnection(error));
      throw error;
    }
  }

  /** Back to the pool, or destroyed when a statement failed it. */
  private giveBack(connection: PoolConnection, broken: boolean): void {
    this.busy -= 1;
    if (broken) connection.destroy();
    else connection.release();
  }

  /**
   * Sends a statement, bounded by the statement bound, and gives back what mysql2 answered, or
   * rejects with the error as Sequelize's class. The connection is not released here.
   */
  private send(connection: PoolConnection, sql: string, values: Params, label: string): Promise<unknown> {
    assertReplaced(sql, values);
    return new Promise((resolve, reject) => {
      const query = connection.query(
        { sql, values: toValues(values), namedPlaceholders: true, timeout: this.bounds.statementMs },
        (error: QueryError | null, result: unknown) =>
          error ? reject(asSequelizeError(error)) : resolve(result),
      );
      this.log(label, query.sql);
    });
  }

  /**
   * A pooled connection with its session settings done, or ConnectionAcquireTimeoutError once the
   * acquire bound has passed.
   */
  private async acquire(): Promise<PoolConnection> {
    const pool = (this.pool ??= this.open());
    const started = performance.now();
    this.waiting += 1;
    const connection = await new Promise<PoolConnection>((resolve, reject) => {
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        this.waiting -= 1;
        reject(new ConnectionAcquireTimeoutError(new Error('No MySQL connection was free in time.')));
      }, this.bounds.acquireMs);
      pool.getConnection((error, connection) => {
        if (late) {
          if (!error) connection.release();
          return;
        }
        clearTimeout(timer);
        this.waiting -= 1;
        if (error) return reject(asSequelizeError(error));
        this.busy += 1;
        resolve(connection);
      });
    });
    // A statement waits for the settings before it is sent: queued behind a setting that never
    // ends, it would never start, nor would its own timer.
    const settling = this.settling.get(connection);
    if (settling) {
      try {
        await settling;
      } catch (error) {
        this.giveBack(connection, true);
        throw asSequelizeError(error as QueryError);
      }
      this.settling.delete(connection);
    }
    const seconds = (performance.now() - started) / 1000;
    for (const listener of this.acquired) listener(seconds);
    return connection;
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
    // As on Sequelize's connections (see StatementDeadlines): READ COMMITTED and a short lock wait,
    // once per connection. A setting that fails or runs out of time destroys the connection, and
    // the statement that waited for it fails.
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

type Send = (sql: string, values: Params, label: string) => Promise<unknown>;

/**
 * The transaction of one unit of work on one connection. It refuses statements once it has
 * ended: after COMMIT or ROLLBACK, and after a deadlock, which InnoDB ends by rolling the whole
 * transaction back (a statement sent then would run outside it, in autocommit).
 */
export class MysqlTransaction {
  /** Logged with each of its statements, as Sequelize logs a transaction's id. */
  readonly id = randomUUID();
  private ended: 'commit' | 'rollback' | null = null;
  private readonly effects: (() => Promise<void>)[] = [];
  /** A statement is on the wire; those sent meanwhile wait here, in order. */
  private sending = false;
  private readonly waiting: (() => void)[] = [];
  /** The error that failed the connection, if one did. */
  private failure: Error | undefined;
  /** A COMMIT or ROLLBACK that failed: what it left is the server's to say, so the connection goes. */
  private unsure = false;

  constructor(private readonly sender: Send) {}

  /** True once the connection cannot be pooled again: a statement failed it, or its end failed. */
  get broken(): boolean {
    return this.failure !== undefined || this.unsure;
  }

  async select<T>(sql: string, values: Params): Promise<T[]> {
    return rowsOf<T>(await this.send(sql, values, true));
  }

  async execute(sql: string, values: Params): Promise<ResultHeader> {
    return headerOf(await this.send(sql, values, true));
  }

  /** Runs `effect` after the commit; dropped on rollback. */
  afterCommit(effect: () => Promise<void>): void {
    this.effects.push(effect);
  }

  async begin(): Promise<void> {
    await this.send('START TRANSACTION');
  }

  async commit(): Promise<void> {
    this.refuseEnded();
    this.ended = 'commit';
    await this.send('COMMIT');
  }

  /**
   * Undoes what is not committed. A connection that is gone or was failed undoes it on the
   * server's side; a ROLLBACK that fails gives the connection up, for the same reason.
   */
  async rollback(): Promise<void> {
    if (this.ended === 'commit') this.unsure = true;
    this.ended = 'rollback';
    if (this.broken) return;
    await this.send('ROLLBACK').catch(() => {
      this.unsure = true;
    });
  }

  /** The after-commit effects, in the order they were registered. */
  async committed(): Promise<void> {
    for (const effect of this.effects.splice(0)) await effect();
  }

  /**
   * Sends the statements one after the other, as the connection would run them anyway: then one
   * that failed the connection fails those queued behind it at once (mysql2 would leave them
   * waiting on a connection that is gone, with no timer of their own running). A statement of the
   * work (`ofWork`) is refused once the transaction has ended, and ends it when InnoDB chose it as
   * a deadlock's victim.
   */
  private async send(sql: string, values: Params = {}, ofWork = false): Promise<unknown> {
    if (this.sending) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.sending = true;
    try {
      if (this.failure !== undefined) throw this.failure;
      if (ofWork) this.refuseEnded();
      return await this.sender(sql, values, this.id);
    } catch (error) {
      if (failsConnection(error) && error instanceof Error) this.failure = error;
      if (ofWork && isDeadlockVictim(error)) this.ended = 'rollback';
      throw error;
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.sending = false;
    }
  }

  private refuseEnded(): void {
    if (this.ended !== null)
      throw new Error(
        `${this.ended} has been called on this transaction (${this.id}), you can no longer use it.`,
      );
  }
}

const ER_DUP_ENTRY = 1062;
const ER_LOCK_DEADLOCK = 1213;
const ER_ROW_IS_REFERENCED_2 = 1451;
const ER_NO_REFERENCED_ROW_2 = 1452;

/**
 * The driver's error as Sequelize's class, without the statement and the values sent (errors are
 * logged): a duplicate names its key only, as `for key '<name>'`.
 */
function asSequelizeError(error: QueryError | NodeJS.ErrnoException): BaseError {
  const parent = Object.assign(error, { sql: '' });
  Reflect.deleteProperty(parent, 'sqlMessage');
  switch (parent.errno) {
    case ER_DUP_ENTRY: {
      const key = /for key '([^']*)'/.exec(parent.message)?.[1]?.split('.').pop() ?? '';
      parent.message = `Duplicate entry for key '${key}'`;
      return new UniqueConstraintError({ message: 'Validation error', parent, fields: { [key]: null } });
    }
    case ER_ROW_IS_REFERENCED_2:
    case ER_NO_REFERENCED_ROW_2:
      return new ForeignKeyConstraintError({ parent });
    default:
      return new DatabaseError(parent);
  }
}

/** A driver error that leaves the connection unusable: gone, or mid-answer after a timeout. */
function failsConnection(error: unknown): boolean {
  const driver = driverOf(error);
  return driver?.fatal === true || driver?.code === 'PROTOCOL_SEQUENCE_TIMEOUT';
}

function isDeadlockVictim(error: unknown): boolean {
  return driverOf(error)?.errno === ER_LOCK_DEADLOCK;
}

function driverOf(error: unknown): { fatal?: unknown; code?: unknown; errno?: unknown } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return 'parent' in error && typeof error.parent === 'object' && error.parent !== null
    ? error.parent
    : error;
}

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : [];
}

function headerOf(result: unknown): ResultHeader {
  if (
    typeof result === 'object' &&
    result !== null &&
    'affectedRows' in result &&
    typeof result.affectedRows === 'number' &&
    'insertId' in result &&
    typeof result.insertId === 'number'
  )
    return { affectedRows: result.affectedRows, insertId: result.insertId };
  throw new TypeError('The statement gave back no result header.');
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

/**
 * The replacements as mysql2 takes them: plain values, or lists of them for `IN (:ids)`. An empty
 * list is sent as `NULL`, as Sequelize sent it (`IN (NULL)` matches nothing; `IN ()` is an error).
 */
function toValues(replacements: Params): Record<string, QueryValues> {
  let values = replacements as Record<string, QueryValues>;
  for (const name in replacements) {
    const value = replacements[name];
    if (isPlain(value)) continue;
    if (!Array.isArray(value) || !value.every(isPlain))
      throw new TypeError(`Replacement ":${name}" is not a plain value.`);
    if (value.length > 0) continue;
    if (values === replacements) values = { ...values };
    values[name] = null;
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
