import type { WriteGranted, WriteLimiter, WriteRefused } from '@campus/domain';
import { FixedWindows } from '../fixed-windows.js';

/**
 * Writes counted in this process only: right for one process, and the fallback of the Redis
 * limiter while Redis cannot answer. Each `take` decides synchronously, so writes that race each
 * get an answer of their own.
 */
export class InMemoryWriteLimiter implements WriteLimiter {
  private readonly windows = new FixedWindows();

  take(key: string, now: Date, windowMs: number, limit: number): Promise<WriteGranted | WriteRefused> {
    const at = now.getTime();
    const live = this.windows.live(key, at);
    if (live && live.count >= limit)
      return Promise.resolve({ granted: false, retryAfterMs: live.endsAt - at });
    const window = this.windows.count(key, at, windowMs);
    let released = false;
    return Promise.resolve({
      granted: true,
      release: () => {
        // Only from the window it was taken in; one left empty ends, so no interval is shortened.
        if (!released) this.windows.giveBack(key, window, true);
        released = true;
        return Promise.resolve();
      },
    });
  }

  /** When `key`'s window ends if it is full now (`limit` writes), else null: nothing is counted. */
  fullUntil(key: string, now: Date, limit: number): number | null {
    const live = this.windows.live(key, now.getTime());
    return live && live.count >= limit ? live.endsAt : null;
  }

  /** Keys currently held: for tests of the sweep. */
  get size(): number {
    return this.windows.size;
  }
}
