import type { UserId } from '../shared/ids.js';

/** How long a reset link works after it was mailed. */
export const RESET_TOKEN_TTL_MS = 30 * 60_000;

export interface PasswordResetTokenState {
  /** sha256 of the token, hex: the token itself is only ever in the mail. */
  tokenHash: string;
  userId: UserId;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A one-time permission to set a user's password, mailed as a link; good once, for 30 minutes. */
export class PasswordResetToken {
  private constructor(private readonly state: PasswordResetTokenState) {}

  static issue(userId: UserId, tokenHash: string, now: Date): PasswordResetToken {
    return new PasswordResetToken({
      tokenHash,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      usedAt: null,
    });
  }

  static rehydrate(state: PasswordResetTokenState): PasswordResetToken {
    return new PasswordResetToken({ ...state });
  }

  /** Unused and not yet expired: the last instant before `expiresAt` still counts. */
  static isUsable(state: Pick<PasswordResetTokenState, 'expiresAt' | 'usedAt'>, now: Date): boolean {
    return state.usedAt === null && now.getTime() < state.expiresAt.getTime();
  }

  get tokenHash(): string {
    return this.state.tokenHash;
  }

  get userId(): UserId {
    return this.state.userId;
  }

  isUsableAt(now: Date): boolean {
    return PasswordResetToken.isUsable(this.state, now);
  }

  snapshot(): PasswordResetTokenState {
    return { ...this.state };
  }
}
