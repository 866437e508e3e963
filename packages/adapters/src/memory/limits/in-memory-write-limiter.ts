import type { WriteGranted, WriteLimiter, WriteRefused } from '@campus/domain';

/** How many takes between sweeps of windows that have ended. */
const SWEEP_EVERY = 256;

interface Window {
  count: number;
  endsAt: number;
}

/**
 * Writes counted in this process only: right for one process, and the fallback of the Redis
 * limiter while Redis cannot answer. Each `take` decides synchronously, so writes that race each
 * get an answer of their own.
 */
export class InMemoryWriteLimiter implements WriteLimiter {
  private readonly windows = new Map<string, Window>();
  private takes = 0;

  take(key: string, now: Date, windowMs: number, limit: number): Promise<WriteGranted | WriteRefused> {
    const at = now.getTime();
    // Users who wrote once and never again would otherwise stay forever.
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(at);
    const live = this.live(key, at);
    if (live && live.count >= limit)
      return Promise.resolve({ granted: false, retryAfterMs: live.endsAt - at });
    const window = live ?? { count: 0, endsAt: at + windowMs };
    window.count += 1;
    this.windows.set(key, window);
    let released = false;
    return Promise.resolve({
      granted: true,
      release: () => {
        // Only from the window it was taken in; one left empty ends, so no interval is shortened.
        if (!released && this.windows.get(key) === window) {
          window.count -= 1;
          if (window.count <= 0) this.windows.delete(key);
        }
        released = true;
        return Promise.resolve();
      },
    });
  }

  /** When `key`'s window ends if it is full now (`limit` writes), else null: nothing is counted. */
  fullUntil(key: string, now: Date, limit: number): number | null {
    const live = this.live(key, now.getTime());
    return live && live.count >= limit ? live.endsAt : null;
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
