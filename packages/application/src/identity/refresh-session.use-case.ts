import {
  InvalidRefreshToken,
  RefreshTokenReused,
  assessRefresh,
  type Clock,
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
    private readonly clock: Clock,
  ) {}

  /** @throws InvalidRefreshToken, RefreshTokenReused (the whole session is revoked first) */
  async execute({ refreshToken }: RefreshSessionInput): Promise<AuthTokensDto> {
    const now = this.clock.now();
    const presented = await this.sessions.findToken(this.tokens.hashRefreshToken(refreshToken));
    const session = presented && (await this.sessions.findById(presented.sessionId));
    if (!presented || !session) throw new InvalidRefreshToken();
    const verdict = assessRefresh(presented, session, now);
    if (verdict === 'reused') {
      await this.sessions.revoke(session.id, now);
      throw new RefreshTokenReused();
    }
    if (verdict === 'invalid') throw new InvalidRefreshToken();
    const next = this.tokens.newRefreshToken();
    const rotated = await this.sessions.rotate(
      presented.hash,
      {
        hash: next.hash,
        sessionId: session.id,
        issuedAt: now,
        expiresAt: new Date(now.getTime() + this.tokens.refreshTokenTtlMs),
        usedAt: null,
      },
      now,
    );
    // Lost a race with a concurrent refresh of the same token: that one wins, this one fails.
    if (!rotated) throw new InvalidRefreshToken();
    return {
      accessToken: this.tokens.issueAccessToken({ userId: session.userId, sessionId: session.id }),
      refreshToken: next.token,
    };
  }
}
