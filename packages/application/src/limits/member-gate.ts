import {
  USER_REPOSITORY,
  VERIFICATION_SETTINGS,
  assertMayWrite,
  type UserId,
  type UserRepository,
  type VerificationSettings,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';

/** What a write must pass before it is counted: the writer's standing. */
export interface WriteGate {
  /** @throws Restricted, VerificationRequired */
  check(userId: UserId, now: Date): Promise<void>;
}

/** Lets every write through: for embeddings and tests that keep no standing. */
export const OPEN_GATE: WriteGate = { check: () => Promise.resolve() };

/**
 * A member's standing, read once per write (the user by id, a cached view retired by every save
 * of the user): a restriction in force, or an unverified address while verification is required,
 * refuses the write. Admins are never held.
 */
export class MemberGate implements WriteGate {
  constructor(
    private readonly users: UserRepository,
    private readonly settings: VerificationSettings,
  ) {}

  async check(userId: UserId, now: Date): Promise<void> {
    const user = await this.users.findById(userId);
    // An account gone since its token was checked writes nothing anyway: the write finds no author.
    if (user) assertMayWrite(user, now, this.settings.required);
  }
}

/** One gate, shared by every guarded write. */
export const memberGate = useCase(MemberGate, [USER_REPOSITORY, VERIFICATION_SETTINGS]);
