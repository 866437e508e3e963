import type { Sequelize } from 'sequelize';
import { isInMemory } from './database.js';
import type { TransactionContext } from './unit-of-work.js';

interface QueryOptions {
  transaction?: unknown;
}

/**
 * `sqlite::memory:` has a single connection shared by everything, so a statement sent outside a
 * transaction while one is open runs inside it, sees its uncommitted rows and is undone when it
 * rolls back. The gate lets such statements run only between transactions, and lets a
 * transaction begin only once the statements already in flight have finished. File databases
 * and MySQL give each transaction its own connection and need none of this.
 */
export class SqliteMemoryGate {
  private inFlight = 0;
  private exclusiveHolders = 0;
  private waiters: (() => void)[] = [];
  private readonly gated = new WeakSet<QueryOptions>();
  private readonly contexts = new Set<TransactionContext>();

  /** The gate of this Sequelize, installed once; null when it does not need one. */
  static for(sequelize: Sequelize, context: TransactionContext): SqliteMemoryGate | null {
    if (sequelize.getDialect() !== 'sqlite' || !isInMemory(sequelize)) return null;
    let gate = GATES.get(sequelize);
    if (!gate) {
      gate = new SqliteMemoryGate();
      GATES.set(sequelize, gate);
      gate.install(sequelize);
    }
    gate.contexts.add(context);
    return gate;
  }

  /** Runs a whole transaction with no outside statement on the connection. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.exclusiveHolders += 1;
    try {
      while (this.inFlight > 0) await this.changed();
      return await work();
    } finally {
      this.exclusiveHolders -= 1;
      this.notify();
    }
  }

  private install(sequelize: Sequelize): void {
    sequelize.addHook('beforeQuery', async (options: QueryOptions) => {
      // Inside a unit of work the statement belongs to its transaction, whatever it was given.
      if (options.transaction || this.inUnit()) return;
      await this.enter();
      this.gated.add(options);
    });
    sequelize.addHook('afterQuery', (options: QueryOptions) => {
      if (this.gated.delete(options)) this.leave();
    });
  }

  private inUnit(): boolean {
    for (const context of this.contexts) if (context.current()) return true;
    return false;
  }

  private async enter(): Promise<void> {
    while (this.exclusiveHolders > 0) await this.changed();
    this.inFlight += 1;
  }

  private leave(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) this.notify();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}

const GATES = new WeakMap<Sequelize, SqliteMemoryGate>();
