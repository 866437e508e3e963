import {
  InvalidCredentials,
  Password,
  UserNotFound,
  type Actor,
  type Clock,
  type PasswordHasher,
  type SessionId,
  type SessionRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';

export interface ChangePasswordInput {
  actor: Actor;
  sessionId: SessionId;
  currentPassword: string;
  newPassword: string;
}

export class ChangePassword {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** Changes the password and ends every other session of the user. @throws ValidationFailed, InvalidCredentials */
  async execute({ actor, sessionId, currentPassword, newPassword }: ChangePasswordInput): Promise<void> {
    Password.assertAcceptable(newPassword, 'newPassword');
    const user = await this.users.findById(actor.id);
    if (!user) throw new UserNotFound();
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) throw new InvalidCredentials();
    user.changePasswordHash(await this.hasher.hash(newPassword));
    await this.uow.run(async () => {
      await this.users.save(user);
      await this.sessions.revokeAllOf(user.id, this.clock.now(), sessionId);
    });
  }
}
