import {
  InvalidRefreshToken,
  type Actor,
  type Clock,
  type SessionRepository,
  type TokenService,
} from '@campus/domain';

export interface LogOutInput {
  actor: Actor;
  refreshToken: string;
}

export class LogOut {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  /** Ends the session the refresh token belongs to. @throws InvalidRefreshToken */
  async execute({ actor, refreshToken }: LogOutInput): Promise<void> {
    const token = await this.sessions.findToken(this.tokens.hashRefreshToken(refreshToken));
    const session = token && (await this.sessions.findById(token.sessionId));
    if (!session || session.userId !== actor.id || !session.isActive()) throw new InvalidRefreshToken();
    await this.sessions.revoke(session.id, this.clock.now());
  }
}
