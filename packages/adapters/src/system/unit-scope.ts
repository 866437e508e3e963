import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A value carried through the async calls of a unit of work (its transaction, its journal), so
 * that repositories join the unit without being handed it.
 *
 * On Node 20 an enabled AsyncLocalStorage runs a hook for every promise the process creates,
 * inside a unit or not, and a warm read creates hundreds: with the hook on, promise-heavy code runs
 * several times slower. So the storage is enabled only while at least one unit runs, and
 * disabled when the last one ends; reads between writes pay nothing for it.
 */
export class UnitScope<T> {
  private readonly storage = new AsyncLocalStorage<T>();
  private running = 0;

  /** The value of the unit the caller runs in, if any. */
  current(): T | undefined {
    return this.running === 0 ? undefined : this.storage.getStore();
  }

  /** Runs `work` with `value` as the current one, for it and everything it calls. */
  async run<R>(value: T, work: () => Promise<R>): Promise<R> {
    this.running += 1;
    try {
      return await this.storage.run(value, work);
    } finally {
      this.running -= 1;
      if (this.running === 0) this.storage.disable();
    }
  }
}
