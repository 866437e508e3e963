import {
  InvalidCredentials,
  Password,
  SessionRevoked,
  UserNotFound,
  type Actor,
  type Clock,
  type LoginThrottlePolicy,
  type PasswordHasher,
  type SessionId,
  type SessionRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { LoginGuard } from './login-guard.js';

export interface ChangePasswordInput {
  actor: Actor;
  sessionId: SessionId;
  currentPassword: string;
  newPassword: string;
  /** Where the request came from, for the per-client limit. */
  clientAddress?: string | undefined;
}

export class ChangePassword {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly guard: LoginGuard,
    private readonly throttle: LoginThrottlePolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the password and ends every other session of the user. A wrong current password is
   * a failed login of the user: a stolen access token must not be a way to guess the password.
   * @throws ValidationFailed, InvalidCredentials, TooManyAttempts, SessionRevoked (deleted meanwhile)
   */
  async execute(input: ChangePasswordInput): Promise<void> {
    const { actor, sessionId, currentPassword, newPassword, clientAddress } = input;
    Password.assertAcceptable(newPassword, 'newPassword');
    const user = await this.users.findById(actor.id);
    if (!user) throw new UserNotFound();
    const reservation = await this.guard.reserve(
      this.throttle.countersFor({ username: user.username, deviceId: null, clientAddress }),
    );
    if (!(await this.guard.matches(currentPassword, user.passwordHash))) throw new InvalidCredentials();
    await reservation.release();
    user.changePasswordHash(await this.hasher.hash(newPassword));
    await this.uow.run(async () => {
      if (!(await this.users.save(user))) throw new SessionRevoked();
      await this.sessions.revokeAllOf(user.id, this.clock.now(), sessionId);
    });
  }
}
