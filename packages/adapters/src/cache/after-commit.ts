import { token } from '@campus/domain';

/**
 * Effects that wait for the current unit of work to commit. Only infrastructure needs this seam
 * (a cache retiring the views a write changed), so it lives with the adapters, not in the domain:
 * the memory and SQL units of work offer it beside `UnitOfWork.run`.
 */
export interface AfterCommit {
  /**
   * Runs `effect` once the current unit of work has committed (at once when none is open), and
   * never when it rolls back: for effects outside the store, such as dropping a cache entry, that
   * must not happen before others can read what was written. `run` resolves only after its
   * effects have finished, so a response sent after a write never races its own effects. Effects
   * must not fail the write: their errors are swallowed (the adapters log their own). The promise
   * resolves once the effect is registered, or has run when no unit is open.
   */
  afterCommit(effect: () => Promise<void>): Promise<void>;
}
export const AFTER_COMMIT = token<AfterCommit>('AfterCommit');
