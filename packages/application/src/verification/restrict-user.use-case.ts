import {
  Forbidden,
  UserId,
  UserNotFound,
  isAdmin,
  restrictionTerms,
  type Actor,
  type Clock,
  type UserRepository,
} from '@campus/domain';

export interface RestrictUserInput {
  actor: Actor;
  userId: string;
  days: number;
  reason: string;
}

/** The restriction, and who set it when: what an admin audit record needs. */
export interface RestrictionDto {
  userId: string;
  until: Date;
  reason: string;
  restrictedBy: string;
  restrictedAt: Date;
}

export class RestrictUser {
  constructor(
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Restricts a member to reading for `days` from now, replacing any restriction before.
   * @throws Forbidden (not an admin), ValidationFailed, UserNotFound
   */
  async execute({ actor, userId, days, reason }: RestrictUserInput): Promise<RestrictionDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const now = this.clock.now();
    const terms = restrictionTerms(days, reason, now);
    const user = await this.users.findById(UserId(userId));
    if (!user) throw new UserNotFound();
    user.restrict(terms.until, terms.reason);
    await this.users.save(user);
    return {
      userId: user.id,
      until: terms.until,
      reason: terms.reason,
      restrictedBy: actor.id,
      restrictedAt: now,
    };
  }
}
