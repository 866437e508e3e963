/*
 * Idempotency keys: a seam only the HTTP edge needs, so its port lives with the adapters, not in
 * the domain. A key is claimed in a short write of its own, so that a second attempt can see the
 * first one running; the answer is stored by `complete`, inside the unit of work of the write it
 * answers, so the two commit together or not at all.
 */

/** One request under a key: who sent it (a user id, or one shared scope for signup) and what. */
export interface IdempotentRequest {
  scope: string;
  key: string;
  /** A hash of the method, the path and the body: the same key must come with the same request. */
  fingerprint: string;
}

/** What was answered, as sent: the status and the JSON text of the body. */
export interface StoredAnswer {
  status: number;
  body: string;
}

export type IdempotencyClaim =
  /** The key is this attempt's: run the request, then `complete` or `release`. */
  | { outcome: 'claimed' }
  /** The request was answered before: send that answer again. */
  | { outcome: 'replay'; answer: StoredAnswer }
  /** The key was used for a different request. */
  | { outcome: 'reused' }
  /** An attempt with this key is still running. */
  | { outcome: 'in_use' };

export interface IdempotencyStore {
  /**
   * Claims the key for `attempt` (an id unique to this try), in its own short write: call it
   * outside any unit of work. A key past its expiry is claimed afresh, and so is one whose
   * attempt has held it past its lease without answering (it died, or its process did).
   */
  claim(request: IdempotentRequest, attempt: string, now: Date): Promise<IdempotencyClaim>;
  /**
   * Stores the answer; call it inside the unit of work that made the write it answers. False when
   * the key is no longer this attempt's (another took it over after the lease): the unit must then
   * roll back.
   */
  complete(request: IdempotentRequest, attempt: string, answer: StoredAnswer): Promise<boolean>;
  /** Gives up the claim of an attempt that failed, unless it was completed. */
  release(request: IdempotentRequest, attempt: string): Promise<void>;
  /** Deletes keys that have expired; returns how many. */
  prune(now: Date): Promise<number>;
}

export interface IdempotencyTimes {
  /** How long an answer is kept for replay. */
  ttlMs: number;
  /** How long a running attempt holds its key before another attempt may take it over. */
  leaseMs: number;
}

/**
 * The lease is short: nothing depends on it but how soon a retry may run after an attempt died
 * unanswered. An attempt still running past it only loses its key: its answer is refused and it
 * rolls back, and the retry that took the key over creates instead.
 */
export const IDEMPOTENCY_TIMES: IdempotencyTimes = { ttlMs: 24 * 60 * 60_000, leaseMs: 10_000 };

/** A stored key as both adapters keep it. */
export interface IdempotencyRow {
  fingerprint: string;
  attempt: string;
  state: 'running' | 'done';
  answer: StoredAnswer | null;
  leaseUntil: Date;
  expiresAt: Date;
}

/**
 * What a claim that found `row` already there comes to: 'take' when the row may be taken over
 * (expired, or a running attempt past its lease), else the answer to give.
 */
export function judgeExisting(
  row: IdempotencyRow,
  fingerprint: string,
  now: Date,
): IdempotencyClaim | 'take' {
  if (row.expiresAt.getTime() <= now.getTime()) return 'take';
  if (row.fingerprint !== fingerprint) return { outcome: 'reused' };
  if (row.state === 'done' && row.answer) return { outcome: 'replay', answer: row.answer };
  if (row.leaseUntil.getTime() <= now.getTime()) return 'take';
  return { outcome: 'in_use' };
}
