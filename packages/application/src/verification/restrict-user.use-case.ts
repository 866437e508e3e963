import {
  Forbidden,
  UserId,
  UserNotFound,
  isAdmin,
  notificationTexts,
  restrictionTerms,
  type Actor,
  type Clock,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { AuditTrail } from '../moderation/audit-trail.js';
import type { Notifier } from '../notifications/notifier.js';

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
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Restricts a member to reading for `days` from now, replacing any restriction before; in one
   * unit of work with its audit entry and the member's `moderation` notification.
   * @throws Forbidden (not an admin), ValidationFailed, UserNotFound
   */
  async execute({ actor, userId, days, reason }: RestrictUserInput): Promise<RestrictionDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const now = this.clock.now();
    const terms = restrictionTerms(days, reason, now);
    const user = await this.users.findById(UserId(userId));
    if (!user) throw new UserNotFound();
    user.restrict(terms.until, terms.reason);
    await this.uow.run(async () => {
      // Deleted since it was read: no restriction, audit entry or notification for it.
      if (!(await this.users.save(user))) throw new UserNotFound();
      await this.audit.record({
        actor,
        action: 'user.restrict',
        target: { type: 'user', id: user.id },
        detail: { until: terms.until.toISOString(), reason: terms.reason },
        at: now,
      });
      await this.notifier.notify({
        recipientId: user.id,
        type: 'moderation',
        text: notificationTexts.restricted(terms.until),
        actor: null,
      });
    });
    return {
      userId: user.id,
      until: terms.until,
      reason: terms.reason,
      restrictedBy: actor.id,
      restrictedAt: now,
    };
  }
}
