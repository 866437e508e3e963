import {
  Session,
  SessionId,
  type Clock,
  type IdGenerator,
  type SessionPolicy,
  type SessionRepository,
  type TokenService,
  type UserId,
} from '@campus/domain';
import type { AuthTokensDto } from './identity.dto.js';

/** Starts a session (a refresh-token family) and hands out its first pair of tokens. */
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly ids: IdGenerator,
    private readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {}

  async start(userId: UserId): Promise<AuthTokensDto> {
    const now = this.clock.now();
    const session = Session.create({ id: SessionId(this.ids.next()), userId }, now);
    const refresh = this.tokens.newRefreshToken();
    await this.sessions.create(session, {
      hash: refresh.hash,
      sessionId: session.id,
      issuedAt: now,
      expiresAt: this.policy.tokenExpiresAt(session, now, this.tokens.refreshTokenTtlMs),
      usedAt: null,
    });
    return {
      accessToken: this.tokens.issueAccessToken({ userId, sessionId: session.id }),
      refreshToken: refresh.token,
    };
  }
}
