import { TooManyAttempts } from './identity.errors.js';

/** One counter an attempt is counted against, and how many attempts it allows per window. */
export interface ThrottleCounter {
  key: string;
  limit: number;
}

/** What is known about a login attempt before its password is checked. */
export interface LoginAttemptFacts {
  /** The username as typed. */
  username: string;
  /** The id of a device token issued to that user, when the attempt presented a valid one. */
  deviceId: string | null;
  /** Where the request came from; absent when the caller is not a network client. */
  clientAddress?: string | undefined;
}

/**
 * OWASP's device-cookie pattern. A failed login counts against the user's "unknown devices"
 * counter, or, when it came with a valid device token of that user, against that device alone: an
 * attacker who locks out the unknown devices cannot lock out a device the owner has used before.
 * Every failure also counts against the client address, over all usernames, so one client cannot
 * spray guesses across many accounts. Counters run in fixed windows opened by their first attempt.
 */
export class LoginThrottlePolicy {
  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    readonly maxPerClient = 50,
  ) {}

  /**
   * The key a typed username is counted under. Lower-cased (logins are), and trimmed: a database
   * collation that pads trailing spaces must not give each spelling fresh guesses.
   */
  static canonicalUsername(typed: string): string {
    return typed.trim().toLowerCase();
  }

  countersFor(attempt: LoginAttemptFacts): ThrottleCounter[] {
    const account = attempt.deviceId
      ? `device:${attempt.deviceId}`
      : `user:${LoginThrottlePolicy.canonicalUsername(attempt.username)}`;
    const counters = [{ key: account, limit: this.maxFailures }];
    if (attempt.clientAddress !== undefined)
      counters.push({ key: `client:${attempt.clientAddress}`, limit: this.maxPerClient });
    return counters;
  }

  /** @throws TooManyAttempts with the seconds until the fullest counter's window ends. */
  refuse(resetsAt: readonly Date[], now: Date): never {
    const last = Math.max(...resetsAt.map((at) => at.getTime()));
    throw new TooManyAttempts(Math.max(1, Math.ceil((last - now.getTime()) / 1000)));
  }
}
