import type { UnitOfWork } from '@campus/domain';
import { Transaction, type Sequelize } from 'sequelize';
import type { AfterCommit } from '../cache/after-commit.js';
import { UnitScope } from '../system/unit-scope.js';
import { dialectOf } from './database.js';
import { againAfterDeadlock, revokedIfAccountGone } from './errors.js';
import { SqliteMemoryGate } from './sqlite-memory-gate.js';

/**
 * The transaction of the current unit of work, carried through its async calls so that every
 * repository call made inside `run` joins it without passing it around.
 */
export class TransactionContext extends UnitScope<Transaction> {}

export class SequelizeUnitOfWork implements UnitOfWork, AfterCommit {
  /** SQLite has one writer: units of work take turns instead of failing with SQLITE_BUSY. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly gate: SqliteMemoryGate | null;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly context: TransactionContext,
  ) {
    this.gate = SqliteMemoryGate.for(sequelize, context);
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.context.current()) return work();
    // On MySQL a deadlock's victim was rolled back whole, its after-commit effects with it: it runs again.
    if (dialectOf(this.sequelize) === 'mysql') return againAfterDeadlock(() => this.transaction(work));
    const result = this.queue.then(() => this.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  async afterCommit(effect: () => Promise<void>): Promise<void> {
    // Sequelize awaits afterCommit hooks before the managed transaction resolves.
    const run = () => effect().catch(() => undefined);
    const transaction = this.context.current();
    if (transaction) transaction.afterCommit(run);
    else await run();
  }

  /** SQLite: IMMEDIATE, so the single writer is taken at BEGIN instead of failing on upgrade. */
  private transaction<T>(work: () => Promise<T>): Promise<T> {
    const options = dialectOf(this.sequelize) === 'sqlite' ? { type: Transaction.TYPES.IMMEDIATE } : {};
    const transaction = () => this.sequelize.transaction(options, (t) => this.context.run(t, work));
    // A write of the unit naming an account deleted meanwhile: its session ended with the account.
    return (this.gate ? this.gate.exclusive(transaction) : transaction()).catch(revokedIfAccountGone);
  }
}
