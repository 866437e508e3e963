import type { AttemptSlot, LoginAttemptStore } from '@campus/domain';
import { FixedWindows } from '../fixed-windows.js';

/**
 * Login attempts in this process only: right for one process, and the fallback of the Redis
 * store while Redis cannot answer. Each `take` counts synchronously, so attempts that race each
 * get a count of their own.
 */
export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly windows = new FixedWindows();

  take(key: string, now: Date, windowMs: number): Promise<AttemptSlot> {
    // Keys tried once and never again are swept (a spray of guesses).
    const window = this.windows.count(key, now.getTime(), windowMs);
    let released = false;
    return Promise.resolve({
      count: window.count,
      resetsAt: new Date(window.endsAt),
      release: () => {
        // Only from the window it was taken in: a new window owes this attempt nothing.
        if (!released) this.windows.giveBack(key, window, false);
        released = true;
        return Promise.resolve();
      },
    });
  }

  /** The attempts `key` holds now, without counting one more. */
  peek(key: string, now: Date): number {
    return this.windows.live(key, now.getTime())?.count ?? 0;
  }

  /** Keys currently held: for tests of the sweep. */
  get size(): number {
    return this.windows.size;
  }
}
