import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { dialectOf } from './database.js';
import type { TransactionContext } from './unit-of-work.js';

type Params = Record<string, unknown>;

/** The parts of mysql2's connection and of Sequelize's connection manager that `Sql` uses. */
interface MysqlConnection {
  query(
    options: { sql: string; values: Params; namedPlaceholders: true },
    callback: (error: Error | null, result: unknown) => void,
  ): { sql: string };
}
interface MysqlConnections {
  getConnection(options: { type: 'read' | 'write' }): Promise<MysqlConnection>;
  releaseConnection(connection: MysqlConnection): Promise<void>;
}
interface MysqlResultHeader {
  affectedRows: number;
  insertId: number;
}
type FormatError = (error: unknown, stack?: string) => Error;
/** What Sequelize keeps on its instance and transactions but leaves out of its typings. */
interface SequelizeInternals {
  options: { logging?: false | ((sql: string) => void) };
  dialect: {
    Query: new (connection: unknown, sequelize: Sequelize, options: object) => { formatError: FormatError };
  };
}

/** A Sequelize transaction on MySQL, with what Sequelize keeps on it but leaves out of its typings. */
type MysqlTransaction = Transaction & {
  id: string;
  connection: MysqlConnection;
  parent?: Transaction;
  finished?: 'commit' | 'rollback';
};
/** The transaction statements of Sequelize's query interface, and the generator of their text. */
interface TransactionStatements {
  queryGenerator: {
    startTransactionQuery(t: MysqlTransaction): string;
    commitTransactionQuery(t: MysqlTransaction): string;
    rollbackTransactionQuery(t: MysqlTransaction): string;
  };
  startTransaction(t: MysqlTransaction, options?: object): Promise<unknown>;
  commitTransaction(t: MysqlTransaction, options?: object): Promise<unknown>;
  rollbackTransaction(t: MysqlTransaction, options?: object): Promise<unknown>;
}
/** The Sequelize instances whose transaction statements already go through `Sql`. */
const DIRECT_TRANSACTIONS = new WeakSet<Sequelize>();

/** The `:name` replacements of each statement text seen (a bounded set: the statements are in the code). */
const REPLACEMENT_NAMES = new Map<string, string[]>();

/**
 * Hand-written, parameterised SQL for the hot paths, joined to the current unit of work. Raw
 * rows skip Sequelize's model building, which dominates the cost of a read (see TOOLCHAIN).
 */
export class Sql {
  readonly dialect: 'mysql' | 'sqlite';
  /** Locks the rows read, on MySQL; SQLite serialises writers instead. */
  readonly forUpdate: string;

  constructor(
    readonly sequelize: Sequelize,
    private readonly tx: TransactionContext,
  ) {
    this.dialect = dialectOf(sequelize);
    this.forUpdate = this.dialect === 'mysql' ? ' FOR UPDATE' : '';
    if (this.dialect === 'mysql') this.sendTransactionStatements();
  }

  /**
   * Makes MySQL walk `index` (a no-op on SQLite). MariaDB otherwise reads a keyset page deep in a
   * big board by `ref` on the board alone, from the newest row down to the cursor: 356 ms at
   * 100,000 posts deep instead of 0.1 ms, measured with ANALYZE on 1M posts.
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

  select<T extends object>(sql: string, replacements: Params = {}): Promise<T[]> {
    if (this.dialect === 'mysql') return this.onMysql<T[]>(sql, replacements);
    return this.sequelize.query<T>(sql, {
      replacements,
      type: QueryTypes.SELECT,
      transaction: this.tx.current(),
    });
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
    const transaction = this.tx.current();
    const replacements = { id, delta };
    if (this.dialect === 'sqlite') {
      const rows = await this.sequelize.query<{ n: number }>(
        `UPDATE ${table} SET ${column} = ${column} + :delta WHERE id = :id RETURNING ${column} AS n`,
        { replacements, type: QueryTypes.SELECT, transaction },
      );
      return rows[0] === undefined ? null : Number(rows[0].n);
    }
    const header = await this.onMysql<MysqlResultHeader>(
      `UPDATE ${table} SET ${column} = LAST_INSERT_ID(${column} + :delta) WHERE id = :id`,
      replacements,
    );
    return header.affectedRows === 0 ? null : Number(header.insertId);
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  async run(sql: string, replacements: Params = {}): Promise<number> {
    if (this.dialect === 'mysql')
      return (await this.onMysql<MysqlResultHeader>(sql, replacements)).affectedRows;
    const type = /^\s*insert/i.test(sql)
      ? QueryTypes.INSERT
      : /^\s*delete/i.test(sql)
        ? QueryTypes.BULKDELETE // DELETE gives SQLite's count back only as a bulk delete
        : QueryTypes.UPDATE;
    const result = (await this.sequelize.query(sql, {
      replacements,
      type,
      transaction: this.tx.current(),
    })) as unknown;
    if (type === QueryTypes.UPDATE) return (result as [unknown, number])[1];
    if (type === QueryTypes.INSERT) return (result as [unknown, number])[1] ?? 1;
    return typeof result === 'number' ? result : 0;
  }

  /**
   * A statement on MySQL, run by mysql2 on Sequelize's own connection: the transaction's inside a
   * unit of work, else one from Sequelize's pool. Sequelize's query wrapper cost about 50 µs of
   * CPU per statement on top of mysql2's 80 (a stack-capturing `Error`, tokenising the
   * replacements, spreading options, hooks), a third of a like. What callers see is unchanged:
   * `:name` replacements (mysql2's named placeholders, escaped on the client as Sequelize does),
   * rows typed by the connection's own type casting, errors made by Sequelize's own formatter
   * (`UniqueConstraintError` and the rest), and every statement passed to Sequelize's `logging`.
   */
  private async onMysql<T>(sql: string, replacements: Params): Promise<T> {
    this.assertReplaced(sql, replacements);
    const transaction = this.tx.current() as MysqlTransaction | undefined;
    if (transaction) return this.send<T>(transaction.connection, sql, replacements, transaction.id);
    const pool = this.sequelize.connectionManager as unknown as MysqlConnections;
    const connection = await pool.getConnection({ type: 'write' });
    try {
      return await this.send<T>(connection, sql, replacements, 'default');
    } finally {
      await pool.releaseConnection(connection);
    }
  }

  private send<T>(connection: MysqlConnection, sql: string, values: Params, logId: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const command = connection.query({ sql, values, namedPlaceholders: true }, (error, result) =>
        error ? reject(this.formatError(connection, error)) : resolve(result as T),
      );
      // As Sequelize logs: the statement as sent, values in place.
      const log = (this.sequelize as unknown as SequelizeInternals).options.logging;
      if (typeof log === 'function') log(`Executing (${logId}): ${command.sql}`);
    });
  }

  /**
   * Sequelize's transactions on MySQL send their own statements (`START TRANSACTION`, `COMMIT`,
   * `ROLLBACK`) the same way. Through its query wrapper an empty unit of work cost 185–280 µs of
   * CPU, a fifth of a like; with the two statements sent directly, about 130 (measured with 10 in
   * flight). Sequelize still manages every transaction (its connection, its after-commit hooks,
   * the cleanup after an error); only how these statements are sent changes. Savepoints of nested
   * transactions keep its path.
   */
  private sendTransactionStatements(): void {
    if (DIRECT_TRANSACTIONS.has(this.sequelize)) return;
    DIRECT_TRANSACTIONS.add(this.sequelize);
    const statements = this.sequelize.getQueryInterface() as unknown as TransactionStatements;
    const generator = statements.queryGenerator;
    const start = statements.startTransaction.bind(statements);
    const commit = statements.commitTransaction.bind(statements);
    const rollback = statements.rollbackTransaction.bind(statements);
    statements.startTransaction = async (t, options) => {
      if (t.parent) return start(t, options);
      await this.send(t.connection, generator.startTransactionQuery(t), {}, t.id);
    };
    statements.commitTransaction = async (t, options) => {
      if (t.parent) return commit(t, options);
      const sent = this.send(t.connection, generator.commitTransactionQuery(t), {}, t.id);
      t.finished = 'commit'; // as Sequelize marks it, before the answer
      await sent;
    };
    statements.rollbackTransaction = async (t, options) => {
      if (t.parent) return rollback(t, options);
      const sent = this.send(t.connection, generator.rollbackTransactionQuery(t), {}, t.id);
      t.finished = 'rollback';
      await sent;
    };
  }

  /** The error Sequelize itself would have thrown for this driver error. */
  private formatError(connection: MysqlConnection, error: Error): Error {
    // The statement as sent carries its values; errors are logged, so it stays out of them.
    delete (error as { sql?: string }).sql;
    const { Query } = (this.sequelize as unknown as SequelizeInternals).dialect;
    const formatted = new Query(connection, this.sequelize, {}).formatError(error, new Error().stack);
    return Object.assign(formatted, { sql: undefined });
  }

  /**
   * mysql2 reads a missing named replacement as NULL; Sequelize refused it, and so does this.
   * The names of each statement are found once.
   */
  private assertReplaced(sql: string, replacements: Params): void {
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
}

/** SQLite gives back times as text and booleans as 0/1; MySQL as Date and 0/1. */
export const toTime = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
export const toTimeOrNull = (value: Date | string | null): Date | null =>
  value === null ? null : toTime(value);
export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1';
