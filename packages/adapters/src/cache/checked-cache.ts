import type { Cache } from './cache.port.js';

/**
 * A `Cache` that can also say whether a write reached it. Versioned views rest on two writes that
 * must not be lost in silence: the retirement of a scope after a commit, and the new generation
 * that makes every stored view a miss when a retirement was lost anyway.
 */
export interface CheckedCache extends Cache {
  /**
   * Deletes `keys`, retrying until they are confirmed deleted or `budgetMs` has passed, even while
   * the plain commands are being skipped after a fault. True once confirmed.
   */
  deleteChecked(keys: readonly string[], budgetMs: number): Promise<boolean>;
  /** Sets `key` (one attempt); true once the store confirmed it. */
  setChecked(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * How many faults the connection has had (missed deadlines, resets, reconnects): after one, a
   * command may have been lost or applied late, and a restarted or failed-over store may hold
   * older keys than it acknowledged. Always 0 in process.
   */
  readonly faults: number;
}
