/** How many counts between sweeps of windows that have ended. */
const SWEEP_EVERY = 256;

/** One key's count in a window that ends at `endsAt` (ms since the epoch). */
export interface FixedWindow {
  count: number;
  endsAt: number;
}

/**
 * Counters in fixed windows, in this process: what the in-memory login throttle and write limiter
 * both count with. A window starts at a key's first count and ends `windowMs` later; ended windows
 * are dropped when met and swept now and then, so keys counted once and never again do not stay.
 */
export class FixedWindows {
  private readonly windows = new Map<string, FixedWindow>();
  private counts = 0;

  /** `key`'s window if it has not ended at `now`. */
  live(key: string, now: number): FixedWindow | undefined {
    const window = this.windows.get(key);
    if (window && window.endsAt > now) return window;
    if (window) this.windows.delete(key);
    return undefined;
  }

  /** Counts one for `key`, in its live window or in a new one, and returns that window. */
  count(key: string, now: number, windowMs: number): FixedWindow {
    if (++this.counts % SWEEP_EVERY === 0) this.sweep(now);
    const window = this.live(key, now) ?? { count: 0, endsAt: now + windowMs };
    window.count += 1;
    this.windows.set(key, window);
    return window;
  }

  /**
   * Gives one back to `window`, only while it is still `key`'s (a newer window owes it nothing);
   * with `endWhenEmpty`, a window left empty ends, so the next count starts a full window.
   */
  giveBack(key: string, window: FixedWindow, endWhenEmpty: boolean): void {
    if (this.windows.get(key) !== window || window.count <= 0) return;
    window.count -= 1;
    if (endWhenEmpty && window.count === 0) this.windows.delete(key);
  }

  /** Keys currently held: for tests of the sweep. */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
