import {
  CLOCK,
  TooFast,
  WRITE_LIMITER,
  WRITE_LIMIT_POLICY,
  WriteLimitPolicy,
  type Clock,
  type UserId,
  type WriteGranted,
  type WriteKind,
  type WriteLimiter,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';
import { memberGate, type WriteGate } from './member-gate.js';

/**
 * Holds a user's writes to their standing (`WriteGate`: a restriction, verification) and to their
 * limits, inside the use cases, so every way in (HTTP or an embedding) gets them. The gate comes
 * first, so a refused writer counts nothing. A write takes its places before it runs, atomically,
 * so a burst cannot slip through; a write refused for any other reason (invalid, not found, a
 * conflict) gives its places back and costs no interval. A refused write does nothing.
 */
export class WriteGuard {
  constructor(
    private readonly limiter: WriteLimiter,
    private readonly policy: WriteLimitPolicy,
    private readonly clock: Clock,
    private readonly gate: WriteGate,
  ) {}

  /**
   * Runs `write` when `userId` may write now.
   * @throws Restricted, VerificationRequired, TooFast, or whatever `write` throws
   */
  async run<T>(userId: UserId, kind: WriteKind, write: () => Promise<T>): Promise<T> {
    const now = this.clock.now();
    await this.gate.check(userId, now);
    const counters = this.policy.countersFor(userId, kind);
    const held: WriteGranted[] = [];
    const releaseAll = () => Promise.all(held.map((slot) => slot.release()));
    for (const { key, windowMs, limit } of counters) {
      const answer = await this.limiter.take(key, now, windowMs, limit);
      if (!answer.granted) {
        await releaseAll();
        throw new TooFast(WriteLimitPolicy.secondsToWait(answer.retryAfterMs));
      }
      held.push(answer);
    }
    try {
      return await write();
    } catch (error) {
      await releaseAll();
      throw error;
    }
  }
}

/** One guard, shared by every feature that writes. */
export const writeGuard = useCase(WriteGuard, [WRITE_LIMITER, WRITE_LIMIT_POLICY, CLOCK, memberGate]);
