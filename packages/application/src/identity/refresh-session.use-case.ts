import {
  InvalidRefreshToken,
  RefreshTokenReused,
  SessionExpired,
  type Clock,
  type RefreshTokenState,
  type Session,
  type SessionPolicy,
  type SessionRepository,
  type TokenService,
} from '@campus/domain';
import type { AuthTokensDto } from './identity.dto.js';

export interface RefreshSessionInput {
  refreshToken: string;
}

export class RefreshSession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {}

  /** @throws InvalidRefreshToken, SessionExpired, RefreshTokenReused (the whole session is revoked first) */
  async execute({ refreshToken }: RefreshSessionInput): Promise<AuthTokensDto> {
    const now = this.clock.now();
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const presented = await this.sessions.findToken(hash);
    const session = presented && (await this.sessions.findById(presented.sessionId));
    if (!presented || !session) throw new InvalidRefreshToken();
    const next = this.nextToken(session, now);
    let verdict = this.policy.assessRefresh(presented, session, now);
    if (verdict === 'rotate') {
      if (await this.sessions.rotate(hash, next.state, now)) return this.pair(session, next.token);
      // A concurrent refresh used it first: judge it again as it now stands.
      const current = await this.sessions.findToken(hash);
      verdict = current ? this.policy.assessRefresh(current, session, now) : 'invalid';
    }
    switch (verdict) {
      case 'grace':
        await this.sessions.addToken(next.state);
        return this.pair(session, next.token);
      case 'reused':
        await this.sessions.revoke(session.id, now);
        throw new RefreshTokenReused();
      case 'expired':
        throw new SessionExpired();
      default:
        throw new InvalidRefreshToken();
    }
  }

  private nextToken(session: Session, now: Date): { token: string; state: RefreshTokenState } {
    const issued = this.tokens.newRefreshToken();
    const expiresAt = this.policy.tokenExpiresAt(session, now, this.tokens.refreshTokenTtlMs);
    return {
      token: issued.token,
      state: { hash: issued.hash, sessionId: session.id, issuedAt: now, expiresAt, usedAt: null },
    };
  }

  private pair(session: Session, refreshToken: string): AuthTokensDto {
    return {
      accessToken: this.tokens.issueAccessToken({ userId: session.userId, sessionId: session.id }),
      refreshToken,
    };
  }
}
