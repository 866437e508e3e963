import {
  InvalidResetToken,
  Password,
  type Clock,
  type PasswordHasher,
  type PasswordResetTokenRepository,
  type ResetTokenGenerator,
  type SessionRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';

export interface ConfirmPasswordResetInput {
  token: string;
  newPassword: string;
}

export class ConfirmPasswordReset {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: PasswordResetTokenRepository,
    private readonly generator: ResetTokenGenerator,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets the password the token was mailed for and ends every session of its user. The token is
   * used up in the same unit of work, so a failure leaves it good; the new password is hashed
   * first, so a bad token costs the same time as a good one.
   * @throws ValidationFailed, InvalidResetToken
   */
  async execute(input: ConfirmPasswordResetInput): Promise<void> {
    Password.assertAcceptable(input.newPassword, 'newPassword');
    const tokenHash = this.generator.hash(input.token);
    const passwordHash = await this.hasher.hash(input.newPassword);
    const now = this.clock.now();
    await this.uow.run(async () => {
      const userId = await this.tokens.useOnce(tokenHash, now);
      if (userId === null) throw new InvalidResetToken();
      const user = await this.users.findById(userId);
      if (!user) throw new InvalidResetToken();
      user.changePasswordHash(passwordHash);
      // Deleted since it was read: the token is undone with the unit, and names no account.
      if (!(await this.users.save(user))) throw new InvalidResetToken();
      await this.sessions.revokeAllOf(user.id, now);
    });
  }
}
