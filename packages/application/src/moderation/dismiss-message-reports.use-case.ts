import {
  MessageId,
  MessageNotFound,
  type Actor,
  type Clock,
  type ConversationRepository,
  type ReportCaseRepository,
  type UnitOfWork,
} from '@campus/domain';
import type { AuditTrail } from './audit-trail.js';
import { assertAdmin, type ModerationOutcome } from './moderated-target.js';

export interface DismissMessageReportsInput {
  actor: Actor;
  messageId: string;
}

export class DismissMessageReports {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly conversations: ConversationRepository,
    private readonly cases: ReportCaseRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * Resolves a message's open reports. Reports of messages hide nothing, so there is nothing to
   * restore: the message stays as it is. Audited in the same unit of work.
   * @throws Forbidden (not an admin), MessageNotFound
   */
  async execute({ actor, messageId }: DismissMessageReportsInput): Promise<ModerationOutcome> {
    assertAdmin(actor);
    const message = await this.conversations.findMessage(MessageId(messageId));
    if (!message) throw new MessageNotFound();
    const target = { type: 'message' as const, id: message.id };
    const now = this.clock.now();
    return this.uow.run(async () => {
      const resolvedReports = await this.cases.resolve(target, 'dismissed', actor.id, now);
      const detail = { resolvedReports };
      await this.audit.record({ actor, action: 'message.dismiss-reports', target, detail, at: now });
      return { target, hidden: false, resolvedReports };
    });
  }
}
