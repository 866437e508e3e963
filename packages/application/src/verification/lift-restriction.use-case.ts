import {
  Forbidden,
  UserId,
  UserNotFound,
  isAdmin,
  type Actor,
  type Clock,
  type UserRepository,
} from '@campus/domain';

export interface LiftRestrictionInput {
  actor: Actor;
  userId: string;
}

/** Who lifted whose restriction when: what an admin audit record needs. */
export interface LiftedRestrictionDto {
  userId: string;
  liftedBy: string;
  liftedAt: Date;
}

export class LiftRestriction {
  constructor(
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  /** Ends the member's restriction now; a member without one stays as they are. @throws Forbidden, UserNotFound */
  async execute({ actor, userId }: LiftRestrictionInput): Promise<LiftedRestrictionDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const user = await this.users.findById(UserId(userId));
    if (!user) throw new UserNotFound();
    if (user.restrictedUntil !== null) {
      user.liftRestriction();
      await this.users.save(user);
    }
    return { userId: user.id, liftedBy: actor.id, liftedAt: this.clock.now() };
  }
}
