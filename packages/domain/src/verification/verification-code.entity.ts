import type { UserId } from '../shared/ids.js';

/** How long a mailed code works. */
export const VERIFICATION_CODE_TTL_MS = 10 * 60_000;
/** Wrong guesses a code survives: a 6-digit code is a million guesses, five is a chance in 200,000. */
export const VERIFICATION_CODE_TRIES = 5;

export interface VerificationCodeState {
  userId: UserId;
  /** The address the code was mailed to, lower-case: it becomes the account's e-mail. */
  email: string;
  /** A keyed hash of the code (HMAC with a server secret): the code itself is only in the mail. */
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
  /** Tries left; each confirmation takes one before it compares, so a race cannot add guesses. */
  triesLeft: number;
}

/** A code mailed to prove a school address; one per member, so a new code voids the one before. */
export class VerificationCode {
  private constructor(private readonly state: VerificationCodeState) {}

  static issue(userId: UserId, email: string, codeHash: string, now: Date): VerificationCode {
    return new VerificationCode({
      userId,
      email,
      codeHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_CODE_TTL_MS),
      triesLeft: VERIFICATION_CODE_TRIES,
    });
  }

  static rehydrate(state: VerificationCodeState): VerificationCode {
    return new VerificationCode({ ...state });
  }

  /** Tries left and not yet expired: the last instant before `expiresAt` still counts. */
  static canBeTried(state: Pick<VerificationCodeState, 'expiresAt' | 'triesLeft'>, now: Date): boolean {
    return state.triesLeft > 0 && now.getTime() < state.expiresAt.getTime();
  }

  get userId(): UserId {
    return this.state.userId;
  }

  snapshot(): VerificationCodeState {
    return { ...this.state };
  }
}
