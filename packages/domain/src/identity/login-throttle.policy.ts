import { TooManyAttempts } from './identity.errors.js';

/**
 * At most `maxFailures` failed logins for one username within a sliding window. Once the limit
 * is reached, login is refused (even with the right password) until the oldest counted failure
 * leaves the window.
 */
export class LoginThrottlePolicy {
  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
  ) {}

  windowStart(now: Date): Date {
    return new Date(now.getTime() - this.windowMs);
  }

  /** @throws TooManyAttempts with the seconds until one more attempt is allowed. */
  assertAllowed(recentFailures: readonly Date[], now: Date): void {
    const inWindow = recentFailures
      .filter((at) => at.getTime() > now.getTime() - this.windowMs)
      .sort((a, b) => a.getTime() - b.getTime());
    if (inWindow.length < this.maxFailures) return;
    const freesAt = inWindow[inWindow.length - this.maxFailures]!.getTime() + this.windowMs;
    throw new TooManyAttempts(Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)));
  }
}
