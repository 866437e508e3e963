import {
  Forbidden,
  UserId,
  UserNotFound,
  isAdmin,
  type Actor,
  type Clock,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { AuditTrail } from '../moderation/audit-trail.js';

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
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Ends the member's restriction now; a member without one stays as they are. @throws Forbidden, UserNotFound */
  async execute({ actor, userId }: LiftRestrictionInput): Promise<LiftedRestrictionDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const user = await this.users.findById(UserId(userId));
    if (!user) throw new UserNotFound();
    const now = this.clock.now();
    if (user.restrictedUntil !== null) {
      user.liftRestriction();
      await this.uow.run(async () => {
        // Deleted since it was read: nothing to lift, and no audit entry for it.
        if (!(await this.users.save(user))) throw new UserNotFound();
        const target = { type: 'user', id: user.id };
        await this.audit.record({ actor, action: 'user.unrestrict', target, at: now });
      });
    }
    return { userId: user.id, liftedBy: actor.id, liftedAt: now };
  }
}
