import {
  InvalidCredentials,
  LastAdmin,
  SessionRevoked,
  type AccountRemoval,
  type Actor,
  type ErasedIds,
  type LoginThrottlePolicy,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { LoginGuard } from '../identity/login-guard.js';
import type { ErasureSteps } from './erasure-steps.js';

export interface DeleteAccountInput {
  actor: Actor;
  password: string;
  /** Where the request came from, for the per-client limit. */
  clientAddress?: string | undefined;
}

export class DeleteAccount {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly accounts: AccountRemoval,
    private readonly erasures: ErasureSteps,
    private readonly ids: ErasedIds,
    private readonly guard: LoginGuard,
    private readonly throttle: LoginThrottlePolicy,
  ) {}

  /**
   * Deletes the actor's account in one unit of work: every feature's erasure step, then the
   * account's row and sessions. The account is claimed first, so of two deletions racing the
   * second finds it gone (its session with it), and a write by the account either commits before
   * and is erased too, or waits and finds the account gone. A wrong password is a failed login of
   * the user, as at a password change.
   * @throws InvalidCredentials, TooManyAttempts, LastAdmin, SessionRevoked
   */
  async execute({ actor, password, clientAddress }: DeleteAccountInput): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new SessionRevoked();
    const reservation = await this.guard.reserve(
      this.throttle.countersFor({ username: user.username, deviceId: null, clientAddress }),
    );
    if (!(await this.guard.matches(password, user.passwordHash))) throw new InvalidCredentials();
    await reservation.release();
    await this.uow.run(async () => {
      if (!(await this.accounts.claim(user.id))) throw new SessionRevoked();
      if (user.role === 'admin' && !(await this.accounts.hasOtherAdmin(user.id))) throw new LastAdmin();
      for (const step of this.erasures.steps) await step.erase(user.id, this.ids);
      await this.accounts.remove(user.id);
    });
  }
}
