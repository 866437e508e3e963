import type { UnitOfWork } from '@campus/domain';
import { Transaction, type Sequelize } from 'sequelize';
import type { AfterCommit } from '../cache/after-commit.js';
import { UnitScope } from '../system/unit-scope.js';
import { mysqlPools, type MysqlPools } from './database.js';
import { againAfterDeadlock, revokedIfAccountGone } from './errors.js';
import type { MysqlTransaction } from './mysql-pool.js';
import { SqliteMemoryGate } from './sqlite-memory-gate.js';

/**
 * The transaction of the current unit of work (one of mysql2's on MySQL, Sequelize's on SQLite),
 * carried through its async calls so that every repository call made inside `run` joins it
 * without passing it around.
 */
export class TransactionContext extends UnitScope<Transaction | MysqlTransaction> {}

export class SequelizeUnitOfWork implements UnitOfWork, AfterCommit {
  /** SQLite has one writer: units of work take turns instead of failing with SQLITE_BUSY. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly gate: SqliteMemoryGate | null;
  private readonly mysql: MysqlPools | null;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly context: TransactionContext,
  ) {
    this.gate = SqliteMemoryGate.for(sequelize, context);
    this.mysql = mysqlPools(sequelize);
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.context.current()) return work();
    // A write of the unit naming an account deleted meanwhile: its session ended with the account.
    return this.transaction(work).catch(revokedIfAccountGone);
  }

  async afterCommit(effect: () => Promise<void>): Promise<void> {
    // Both transactions run their after-commit effects before the unit's `run` resolves.
    const run = () => effect().catch(() => undefined);
    const transaction = this.context.current();
    if (transaction) transaction.afterCommit(run);
    else await run();
  }

  private transaction<T>(work: () => Promise<T>): Promise<T> {
    const { mysql } = this;
    // On MySQL a deadlock's victim was rolled back whole, its after-commit effects with it: it runs again.
    if (mysql) return againAfterDeadlock(() => mysql.units.transaction((t) => this.context.run(t, work)));
    // SQLite: IMMEDIATE, so the single writer is taken at BEGIN instead of failing on upgrade; and
    // units take turns instead of failing with SQLITE_BUSY.
    const transaction = () =>
      this.sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, (t) => this.context.run(t, work));
    const result = this.queue.then(() => (this.gate ? this.gate.exclusive(transaction) : transaction()));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
