import { SessionRevoked } from '@campus/domain';
import { QueryTypes, type Sequelize } from 'sequelize';
import { dialectOf, mysqlPools, type MysqlPools } from './database.js';
import { isAccountGone } from './errors.js';
import { MysqlTransaction, type ResultHeader } from './mysql-pool.js';
import type { TransactionContext } from './unit-of-work.js';

type Params = Record<string, unknown>;

/**
 * The error without the statement text Sequelize puts on it (on the error and on the driver's
 * error beneath, as `parent` and `original`): that text carries the values sent, and errors are
 * logged.
 */
function withoutValues(error: unknown): never {
  // A write naming an account deleted meanwhile (a trigger or a foreign key to `users` refused it):
  // the session it came with ended with the account.
  if (isAccountGone(error)) throw new SessionRevoked();
  if (typeof error === 'object' && error !== null) {
    const holders: unknown[] = [error];
    if ('parent' in error) holders.push(error.parent);
    if ('original' in error) holders.push(error.original);
    for (const holder of holders) {
      if (typeof holder !== 'object' || holder === null) continue;
      Reflect.deleteProperty(holder, 'sql');
      Reflect.deleteProperty(holder, 'parameters');
    }
  }
  throw error;
}

/**
 * Hand-written, parameterised SQL, joined to the current unit of work: every repository's
 * statements. On MySQL they go to pools of mysql2's own (`MysqlPool`), on SQLite through
 * Sequelize's public `query`. Raw rows skip Sequelize's model building, which dominated the cost
 * of a read (ADR 0005).
 */
export class Sql {
  readonly dialect: 'mysql' | 'sqlite';
  /** Locks the rows read, on MySQL; SQLite serialises writers instead. */
  readonly forUpdate: string;
  private readonly pools: MysqlPools | null;

  constructor(
    readonly sequelize: Sequelize,
    private readonly tx: TransactionContext,
  ) {
    this.dialect = dialectOf(sequelize);
    this.forUpdate = this.dialect === 'mysql' ? ' FOR UPDATE' : '';
    this.pools = mysqlPools(sequelize);
  }

  /**
   * Makes MySQL walk `index` (a no-op on SQLite). MariaDB otherwise reads a keyset page deep in a
   * big board by `ref` on the board alone, from the newest row down to the cursor, which grows
   * with the page's depth (docs/performance.md).
   */
  forceIndex(index: string): string {
    return this.dialect === 'mysql' ? ` FORCE INDEX (${index})` : '';
  }

  /**
   * The LIMIT of a keyset page: one row more than the page holds, to tell whether more follow. It
   * is written into the statement text (a placeholder there is not portable), so it must be a
   * whole number: anything else is refused here, whatever the caller checked before.
   */
  pageLimit(limit: number): string {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new TypeError(`Not a page limit: ${String(limit)}`);
    return `LIMIT ${limit + 1}`;
  }

  /**
   * A time as the column stores it. Sequelize drops milliseconds from Date replacements on
   * MySQL, so times are always passed preformatted (UTC, millisecond precision).
   */
  time(date: Date): string {
    const iso = date.toISOString();
    const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
    return this.dialect === 'sqlite' ? `${text} +00:00` : text;
  }

  /** `time`, or null for a time not set. */
  timeOrNull(date: Date | null): string | null {
    return date === null ? null : this.time(date);
  }

  /** Rows of a SELECT; on MySQL outside a unit of work, from the pool of reads. */
  select<T extends object>(sql: string, replacements: Params = {}): Promise<T[]> {
    const transaction = this.tx.current();
    if (transaction instanceof MysqlTransaction)
      return transaction.select<T>(sql, replacements).catch(withoutValues);
    if (this.pools) return this.pools.reads.select<T>(sql, replacements).catch(withoutValues);
    return this.sequelize
      .query<T>(sql, { replacements, type: QueryTypes.SELECT, transaction })
      .catch(withoutValues);
  }

  async one<T extends object>(sql: string, replacements: Params = {}): Promise<T | null> {
    return (await this.select<T>(sql, replacements))[0] ?? null;
  }

  /**
   * Moves a counter column of one row by `delta` and gives back its new value, or null when the
   * row is not there, in one statement: the UPDATE also takes the row's write lock. MySQL hands
   * the value back through `LAST_INSERT_ID(expr)`, the documented idiom for counters (its result
   * header carries it as the insert id, and it stays private to the connection); SQLite through
   * `RETURNING`. `table` and `column` are trusted names from the caller's code, never input.
   */
  async bump(table: string, column: string, id: string, delta: number): Promise<number | null> {
    const replacements = { id, delta };
    if (this.dialect === 'sqlite') {
      const transaction = this.sqliteTransaction();
      const rows = await this.sequelize
        .query<{ n: number }>(
          `UPDATE ${table} SET ${column} = ${column} + :delta WHERE id = :id RETURNING ${column} AS n`,
          { replacements, type: QueryTypes.SELECT, transaction },
        )
        .catch(withoutValues);
      return rows[0] === undefined ? null : Number(rows[0].n);
    }
    const header = await this.onMysql(
      `UPDATE ${table} SET ${column} = LAST_INSERT_ID(${column} + :delta) WHERE id = :id`,
      replacements,
    );
    return header.affectedRows === 0 ? null : header.insertId;
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  async run(sql: string, replacements: Params = {}): Promise<number> {
    if (this.dialect === 'mysql') return (await this.onMysql(sql, replacements)).affectedRows;
    const type = /^\s*insert/i.test(sql)
      ? QueryTypes.INSERT
      : /^\s*delete/i.test(sql)
        ? QueryTypes.BULKDELETE // DELETE gives SQLite's count back only as a bulk delete
        : QueryTypes.UPDATE;
    const result: unknown = await this.sequelize
      .query(sql, { replacements, type, transaction: this.sqliteTransaction() })
      .catch(withoutValues);
    if (type === QueryTypes.UPDATE) return (result as [unknown, number])[1];
    if (type === QueryTypes.INSERT) return (result as [unknown, number])[1] ?? 1;
    return typeof result === 'number' ? result : 0;
  }

  /** An INSERT, UPDATE or DELETE on MySQL, in the current unit of work's transaction if any. */
  private onMysql(sql: string, replacements: Params): Promise<ResultHeader> {
    const transaction = this.tx.current();
    if (transaction instanceof MysqlTransaction)
      return transaction.execute(sql, replacements).catch(withoutValues);
    if (!this.pools) throw new Error('MySQL statements need the pools of a MySQL Sequelize.');
    return this.pools.units.execute(sql, replacements).catch(withoutValues);
  }

  /** The current unit's transaction on SQLite, where units of work are Sequelize's. */
  private sqliteTransaction() {
    const transaction = this.tx.current();
    return transaction instanceof MysqlTransaction ? undefined : transaction;
  }
}

/** SQLite gives back times as text and booleans as 0/1; MySQL as Date and 0/1. */
export const toTime = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
export const toTimeOrNull = (value: Date | string | null): Date | null =>
  value === null ? null : toTime(value);
export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1';
