import { token, type Token } from '../shared/token.js';

/** A write let through by a WriteLimiter: it holds one place in its key's window. */
export interface WriteGranted {
  granted: true;
  /**
   * Gives the place back (the write did not happen after all). At most once; later calls do
   * nothing. A window left empty ends with it, so the next write opens a full one.
   */
  release(): Promise<void>;
}

/** A write refused by a WriteLimiter; nothing was counted. */
export interface WriteRefused {
  granted: false;
  /** How long until the key's window ends and a write is let through again (more than 0). */
  retryAfterMs: number;
}

/**
 * Writes per key, in fixed windows opened by a key's first write: at most `limit` in a window of
 * `windowMs`. Taking a place is atomic (writes that race each get an answer of their own, so a
 * burst cannot slip past the limit), and a refused write counts nothing.
 */
export interface WriteLimiter {
  take(key: string, now: Date, windowMs: number, limit: number): Promise<WriteGranted | WriteRefused>;
}
export const WRITE_LIMITER: Token<WriteLimiter> = token('WriteLimiter');
