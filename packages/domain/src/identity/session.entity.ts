import type { SessionId, UserId } from '../shared/ids.js';

export interface SessionState {
  id: SessionId;
  userId: UserId;
  createdAt: Date;
  revokedAt: Date | null;
}

/**
 * A login: one family of refresh tokens. Access tokens name it (`sid`), so revoking it ends
 * the access tokens at once and every refresh token of the family with them.
 */
export class Session {
  private constructor(private state: SessionState) {}

  static create(input: { id: SessionId; userId: UserId }, now: Date): Session {
    return new Session({ id: input.id, userId: input.userId, createdAt: now, revokedAt: null });
  }

  static rehydrate(state: SessionState): Session {
    return new Session({ ...state });
  }

  get id(): SessionId {
    return this.state.id;
  }
  get userId(): UserId {
    return this.state.userId;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get revokedAt(): Date | null {
    return this.state.revokedAt;
  }

  isActive(): boolean {
    return this.state.revokedAt === null;
  }

  revoke(now: Date): void {
    if (this.state.revokedAt === null) this.state = { ...this.state, revokedAt: now };
  }

  snapshot(): SessionState {
    return { ...this.state };
  }
}

/** One refresh token of a session, known only by its hash. */
export interface RefreshTokenState {
  hash: string;
  sessionId: SessionId;
  issuedAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export type RefreshVerdict = 'rotate' | 'grace' | 'reused' | 'expired' | 'invalid';

/**
 * How long sessions live. `maxAgeMs`: no session outlives its login by more, however often it is
 * refreshed. `reuseGraceMs`: a refresh token presented again this soon after its rotation is two
 * requests of one app racing, not a thief, and gets a pair of its own.
 */
export class SessionPolicy {
  constructor(
    readonly maxAgeMs: number,
    readonly reuseGraceMs: number,
  ) {}

  expiresAt(session: Session): Date {
    return new Date(session.createdAt.getTime() + this.maxAgeMs);
  }

  isExpired(session: Session, now: Date): boolean {
    return this.expiresAt(session).getTime() <= now.getTime();
  }

  /** When a refresh token issued now stops working: its own lifetime, capped by the session's. */
  tokenExpiresAt(session: Session, now: Date, refreshTtlMs: number): Date {
    return new Date(Math.min(now.getTime() + refreshTtlMs, this.expiresAt(session).getTime()));
  }

  /**
   * What presenting a refresh token means. A token used up within the grace is a race of one
   * client (`grace`); later, either the client or a thief has a copy, so the whole family must
   * end (`reused`).
   */
  assessRefresh(token: RefreshTokenState, session: Session, now: Date): RefreshVerdict {
    if (!session.isActive()) return 'invalid';
    if (this.isExpired(session, now)) return 'expired';
    if (token.usedAt !== null) {
      const sinceUse = now.getTime() - token.usedAt.getTime();
      return this.reuseGraceMs > 0 && sinceUse <= this.reuseGraceMs ? 'grace' : 'reused';
    }
    if (token.expiresAt.getTime() <= now.getTime()) return 'invalid';
    return 'rotate';
  }
}
