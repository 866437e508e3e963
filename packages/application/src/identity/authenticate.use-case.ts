import {
  SessionExpired,
  SessionRevoked,
  Unauthenticated,
  type Actor,
  type Clock,
  type SessionId,
  type SessionPolicy,
  type SessionRepository,
  type TokenService,
  type UserRepository,
} from '@campus/domain';

export interface AuthenticateInput {
  accessToken: string;
}

export interface AuthenticateOutput {
  actor: Actor;
  sessionId: SessionId;
  /**
   * How long from now this authority lasts: until the token expires or its session reaches its
   * age, whichever comes first. What outlives the request (a stream) must end by then.
   */
  expiresInMs: number;
}

/** Turns a bearer token into the actor of a request; a revoked session is refused at once. */
export class Authenticate {
  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {}

  /** @throws Unauthenticated, TokenExpired, SessionRevoked, SessionExpired */
  async execute({ accessToken }: AuthenticateInput): Promise<AuthenticateOutput> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    const [session, user] = await Promise.all([
      this.sessions.findById(claims.sessionId),
      this.users.findById(claims.userId),
    ]);
    // A token signed here for an account that is gone was that account's: its deletion ended it.
    if (!user) throw new SessionRevoked();
    if (!session || session.userId !== claims.userId) throw new Unauthenticated();
    if (!session.isActive()) throw new SessionRevoked();
    const now = this.clock.now();
    if (this.policy.isExpired(session, now)) throw new SessionExpired();
    const endsAt = Math.min(claims.expiresAt.getTime(), this.policy.expiresAt(session).getTime());
    return {
      actor: { id: user.id, role: user.role, schoolId: user.schoolId },
      sessionId: session.id,
      expiresInMs: Math.max(0, endsAt - now.getTime()),
    };
  }
}
