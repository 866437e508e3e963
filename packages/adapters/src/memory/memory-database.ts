import { AsyncLocalStorage } from 'node:async_hooks';
import type { UnitOfWork } from '@campus/domain';

/**
 * The state of every in-memory repository: named tables of plain snapshots keyed by id. Keeping
 * plain data (never entity instances) lets a unit of work copy the whole state and put it back.
 */
export class MemoryDatabase {
  private tables = new Map<string, Map<string, unknown>>();

  table<Row>(name: string): Map<string, Row> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table as Map<string, Row>;
  }

  /** @internal used by the unit of work. */
  copy(): Map<string, Map<string, unknown>> {
    return new Map([...this.tables].map(([name, rows]) => [name, new Map(structuredClone([...rows]))]));
  }

  /** @internal used by the unit of work. */
  restore(copy: Map<string, Map<string, unknown>>): void {
    for (const [name, rows] of this.tables) {
      rows.clear();
      for (const [id, row] of copy.get(name) ?? []) rows.set(id, row);
    }
  }
}

/**
 * Units of work on memory run one at a time and put the state back when they fail, so a use case
 * behaves the same here as in a SQL transaction (all or nothing, no interleaving).
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private readonly active = new AsyncLocalStorage<true>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: MemoryDatabase) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active.getStore()) return work();
    const result = this.queue.then(() => this.active.run(true, () => this.attempt(work)));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async attempt<T>(work: () => Promise<T>): Promise<T> {
    const before = this.db.copy();
    try {
      return await work();
    } catch (error) {
      this.db.restore(before);
      throw error;
    }
  }
}
