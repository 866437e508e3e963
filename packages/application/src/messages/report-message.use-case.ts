import {
  MessageId,
  MessageNotFound,
  ReportReason,
  type Actor,
  type Clock,
  type ConversationRepository,
  type MessageReportRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import type { ReportQueue } from '../moderation/report-queue.js';
import type { ReportedOutput } from '../board/report-post.use-case.js';

export interface ReportMessageInput {
  actor: Actor;
  messageId: string;
  reason: string;
}

export class ReportMessage {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly conversations: ConversationRepository,
    private readonly reports: MessageReportRepository,
    private readonly users: UserRepository,
    private readonly queue: ReportQueue,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /**
   * Reports a message sent to me, once; it goes to the moderation queue and hides nothing.
   * @throws TooFast, ValidationFailed (reason), MessageNotFound, CannotReportOwn, AlreadyReported
   */
  execute(input: ReportMessageInput): Promise<ReportedOutput> {
    return this.guard.run(input.actor.id, 'other', () => this.write(input));
  }

  private async write({ actor, messageId, reason }: ReportMessageInput): Promise<ReportedOutput> {
    const why = ReportReason.parse(reason);
    const message = await this.conversations.findMessage(MessageId(messageId));
    const conversation = message && (await this.conversations.findById(message.conversationId));
    if (!message || !conversation?.hasMember(actor.id)) throw new MessageNotFound();
    message.assertReportableBy(actor);
    // The sender's school files the case; the account is read here only, never answered.
    const sender = await this.users.findById(message.senderId);
    const now = this.clock.now();
    // The report and its case commit together: the report row's primary key decides a repeat.
    await this.uow.run(async () => {
      await this.reports.add(message.id, actor.id, why, now);
      await this.queue.recordMessage({
        reporterId: actor.id,
        message,
        senderSchoolId: sender?.schoolId ?? null,
        reason: why,
        now,
      });
    });
    return { reported: true };
  }
}
