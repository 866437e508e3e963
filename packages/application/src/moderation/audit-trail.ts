import { AUDIT_LOG, ID_GENERATOR, type Actor, type AuditLog, type IdGenerator } from '@campus/domain';
import { useCase } from '../shared/use-case.js';

export interface AuditedAction {
  actor: Actor;
  /** `<target type>.<verb>`: `post.restore`, `user.restrict`, … */
  action: string;
  target: { type: string; id: string };
  detail?: Record<string, unknown>;
  at: Date;
}

/**
 * The seam every admin action writes its audit entry through. Call it inside the action's unit
 * of work: the entry commits with the action or not at all.
 */
export class AuditTrail {
  constructor(
    private readonly log: AuditLog,
    private readonly ids: IdGenerator,
  ) {}

  record({ actor, action, target, detail = {}, at }: AuditedAction): Promise<void> {
    return this.log.record({
      id: this.ids.next(),
      actorId: actor.id,
      action,
      targetType: target.type,
      targetId: target.id,
      detail,
      at,
    });
  }
}

export const auditTrail = useCase(AuditTrail, [AUDIT_LOG, ID_GENERATOR]);
