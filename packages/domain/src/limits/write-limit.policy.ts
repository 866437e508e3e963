import { token, type Token } from '../shared/token.js';
import type { UserId } from '../shared/ids.js';

/**
 * What a write is, as far as limits go: posts, comments (replies included) and messages each keep
 * a least interval of their own; every other write counted (friend requests, reports, reviews)
 * shares one budget per minute. Likes are writes too (the member's standing is checked) but are
 * counted by nothing: a like is once per thing and undoes nothing.
 */
export type WriteKind = 'post' | 'comment' | 'message' | 'other' | 'like';

/** One window a write is counted in. */
export interface WriteCounter {
  key: string;
  windowMs: number;
  limit: number;
}

export interface WriteLimitSettings {
  /** Least time between two posts of one user; 0 = no limit. */
  postIntervalMs: number;
  /** Least time between two comments of one user; 0 = no limit. */
  commentIntervalMs: number;
  /** Least time between two messages of one user; 0 = no limit. */
  messageIntervalMs: number;
  /** Other writes per user per minute; 0 = no limit. */
  writeBurst: number;
}

const MINUTE = 60_000;

/**
 * Per-user write limits. An interval is a window of that length holding one write, opened by the
 * write: the next one of its kind is let through once the interval has passed.
 */
export class WriteLimitPolicy {
  constructor(readonly settings: WriteLimitSettings) {}

  /** No limit at all: for tests and embeddings that want none. */
  static none(): WriteLimitPolicy {
    return new WriteLimitPolicy({
      postIntervalMs: 0,
      commentIntervalMs: 0,
      messageIntervalMs: 0,
      writeBurst: 0,
    });
  }

  countersFor(userId: UserId, kind: WriteKind): WriteCounter[] {
    const { settings: s } = this;
    const interval = { post: s.postIntervalMs, comment: s.commentIntervalMs, message: s.messageIntervalMs };
    if (kind === 'like') return [];
    if (kind === 'other')
      return s.writeBurst > 0 ? [{ key: `burst:${userId}`, windowMs: MINUTE, limit: s.writeBurst }] : [];
    const windowMs = interval[kind];
    return windowMs > 0 ? [{ key: `${kind}:${userId}`, windowMs, limit: 1 }] : [];
  }

  /** Whole seconds to wait, at least 1: what `Retry-After` says. */
  static secondsToWait(retryAfterMs: number): number {
    return Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}
export const WRITE_LIMIT_POLICY: Token<WriteLimitPolicy> = token('WriteLimitPolicy');
