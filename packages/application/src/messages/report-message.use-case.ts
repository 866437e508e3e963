import {
  MessageId,
  MessageNotFound,
  ReportReason,
  type Actor,
  type Clock,
  type ConversationRepository,
  type MessageReportRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import type { ReportedOutput } from '../board/report-post.use-case.js';

export interface ReportMessageInput {
  actor: Actor;
  messageId: string;
  reason: string;
}

export class ReportMessage {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly reports: MessageReportRepository,
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
    await this.reports.add(message.id, actor.id, why, this.clock.now());
    return { reported: true };
  }
}
