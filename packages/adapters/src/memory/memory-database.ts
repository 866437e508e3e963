import type { UnitOfWork } from '@campus/domain';
import type { AfterCommit } from '../cache/after-commit.js';
import { UnitScope } from '../system/unit-scope.js';

/** What a unit of work changed: the first value each row had, to put back if it fails. */
class Journal {
  private readonly before: { table: Map<string, unknown>; key: string; had: boolean; value: unknown }[] = [];
  private readonly seen = new Map<Map<string, unknown>, Set<string>>();

  record(table: Map<string, unknown>, key: string): void {
    let keys = this.seen.get(table);
    if (!keys) this.seen.set(table, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    this.before.push({ table, key, had: table.has(key), value: structuredClone(table.get(key)) });
  }

  undo(): void {
    for (const { table, key, had, value } of this.before.reverse()) {
      if (had) Map.prototype.set.call(table, key, value);
      else Map.prototype.delete.call(table, key);
    }
  }
}

/** A table whose changes made inside a unit of work are journaled, so that only they are undone. */
class Table<Row> extends Map<string, Row> {
  /** Checks of every new row (not of updates), as SQL's insert triggers make them. */
  readonly guards: ((row: Row) => void)[] = [];

  constructor(private readonly journal: () => Journal | undefined) {
    super();
  }

  override set(key: string, value: Row): this {
    if (this.guards.length > 0 && !this.has(key)) for (const guard of this.guards) guard(value);
    this.journal()?.record(this, key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.journal()?.record(this, key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.journal()?.record(this, key);
    super.clear();
  }
}

/**
 * The state of every in-memory repository: named tables of plain snapshots keyed by id. Rows are
 * replaced, never mutated in place, so a unit of work can put back the ones it changed.
 */
export class MemoryDatabase {
  private readonly tables = new Map<string, Table<unknown>>();
  private readonly journals = new UnitScope<Journal>();

  table<Row>(name: string): Map<string, Row> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Table(() => this.journals.current());
      this.tables.set(name, table);
    }
    return table as Map<string, Row>;
  }

  /**
   * Runs `check` on every row inserted into table `name` from now on (never on an update); a
   * check that throws refuses the row. The memory form of an insert trigger.
   */
  guardInserts<Row>(name: string, check: (row: Row) => void): void {
    this.table<Row>(name);
    (this.tables.get(name) as Table<Row>).guards.push(check);
  }

  /** @internal True inside a unit of work (of any InMemoryUnitOfWork on this database). */
  inUnit(): boolean {
    return this.journals.current() !== undefined;
  }

  /**
   * @internal Runs `work` as one unit: when it fails, the rows it changed get their old values
   * back, and writes made meanwhile outside the unit stay.
   */
  async unit<T>(work: () => Promise<T>): Promise<T> {
    const journal = new Journal();
    try {
      return await this.journals.run(journal, work);
    } catch (error) {
      journal.undo();
      throw error;
    }
  }
}

/**
 * Units of work on memory run one at a time and undo their own writes when they fail, so a use
 * case behaves the same here as in a SQL transaction (all or nothing, no interleaving).
 */
export class InMemoryUnitOfWork implements UnitOfWork, AfterCommit {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly effects = new UnitScope<(() => Promise<void>)[]>();

  constructor(private readonly db: MemoryDatabase) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.inUnit()) return work();
    const effects: (() => Promise<void>)[] = [];
    const result = this.queue.then(() => this.effects.run(effects, () => this.db.unit(work)));
    this.queue = result.catch(() => undefined);
    return result.then(async (value) => {
      for (const effect of effects) await effect().catch(() => undefined);
      return value;
    });
  }

  async afterCommit(effect: () => Promise<void>): Promise<void> {
    const pending = this.db.inUnit() ? this.effects.current() : undefined;
    if (pending) pending.push(effect);
    else await effect().catch(() => undefined);
  }
}
