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

export type RefreshVerdict = 'rotate' | 'reused' | 'invalid';

/**
 * What presenting a refresh token means. A token that was already used up is a replay: either
 * the client or a thief has a copy, so the whole family must end (`reused`).
 */
export function assessRefresh(token: RefreshTokenState, session: Session, now: Date): RefreshVerdict {
  if (!session.isActive()) return 'invalid';
  if (token.usedAt !== null) return 'reused';
  if (token.expiresAt.getTime() <= now.getTime()) return 'invalid';
  return 'rotate';
}
