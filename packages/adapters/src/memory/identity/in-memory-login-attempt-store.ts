import type { AttemptSlot, LoginAttemptStore } from '@campus/domain';

/** How many attempts between sweeps of windows that have ended. */
const SWEEP_EVERY = 256;

interface Window {
  count: number;
  endsAt: number;
}

/**
 * Login attempts in this process only: right for one process, and the fallback of the Redis
 * store while Redis cannot answer. Each `take` counts synchronously, so attempts that race each
 * get a count of their own.
 */
export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly windows = new Map<string, Window>();
  private takes = 0;

  take(key: string, now: Date, windowMs: number): Promise<AttemptSlot> {
    const window = this.live(key, now.getTime()) ?? { count: 0, endsAt: now.getTime() + windowMs };
    window.count += 1;
    this.windows.set(key, window);
    // Keys tried once and never again would otherwise stay forever (a spray of guesses).
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(now.getTime());
    let released = false;
    return Promise.resolve({
      count: window.count,
      resetsAt: new Date(window.endsAt),
      release: () => {
        // Only from the window it was taken in: a new window owes this attempt nothing.
        if (!released && this.windows.get(key) === window && window.count > 0) window.count -= 1;
        released = true;
        return Promise.resolve();
      },
    });
  }

  /** The attempts `key` holds now, without counting one more. */
  peek(key: string, now: Date): number {
    return this.live(key, now.getTime())?.count ?? 0;
  }

  /** Keys currently held: for tests of the sweep. */
  get size(): number {
    return this.windows.size;
  }

  private live(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.endsAt > now) return window;
    if (window) this.windows.delete(key);
    return undefined;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
