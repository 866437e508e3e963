import {
  Username,
  type Clock,
  type LoginAttemptStore,
  type LoginThrottlePolicy,
  type PasswordHasher,
  type ThrottleCounter,
} from '@campus/domain';

/** bcrypt reads 72 bytes and ignores the rest: a longer password must never match. */
const BCRYPT_MAX_BYTES = 72;

/** Attempts reserved on every counter of one login; release them when it was not a failure. */
export interface Reservation {
  release(): Promise<void>;
}

/**
 * The password check behind login and password change: the attempt is counted before its
 * password is, and every failure (unknown user, over-long or wrong password) costs one bcrypt
 * comparison, so neither the count nor the timing tells them apart.
 */
export class LoginGuard {
  /** Compared against when there is no real hash to compare with. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttemptStore,
    private readonly throttle: LoginThrottlePolicy,
    private readonly clock: Clock,
  ) {
    this.decoyHash = hasher.hash('decoy password that matches nothing');
    this.decoyHash.catch(() => undefined);
  }

  /** Whether a typed username can name an account at all; others are never looked up. */
  static isUsername(typed: string): boolean {
    try {
      Username.parse(typed);
      return true;
    } catch {
      return false;
    }
  }

  /** Takes one attempt on each counter. @throws TooManyAttempts when any is full (nothing stays taken). */
  async reserve(counters: readonly ThrottleCounter[]): Promise<Reservation> {
    const now = this.clock.now();
    const slots = await Promise.all(
      counters.map((counter) => this.attempts.take(counter.key, now, this.throttle.windowMs)),
    );
    const release = async () => {
      await Promise.all(slots.map((slot) => slot.release()));
    };
    const full = slots.filter((slot, i) => slot.count > counters[i]!.limit);
    if (full.length > 0) {
      await release();
      this.throttle.refuse(
        full.map((slot) => slot.resetsAt),
        now,
      );
    }
    return { release };
  }

  async matches(plain: string, hash: string | null): Promise<boolean> {
    const fits = new TextEncoder().encode(plain).length <= BCRYPT_MAX_BYTES;
    const valid = await this.hasher.verify(fits ? plain : 'x', hash ?? (await this.decoyHash));
    return fits && hash !== null && valid;
  }
}
