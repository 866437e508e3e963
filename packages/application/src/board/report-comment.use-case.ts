import {
  ReportReason,
  type Actor,
  type BoardSettings,
  type Clock,
  type CommentReportRepository,
  type CommentRepository,
  type PostRepository,
  type UnitOfWork,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfHidden } from '../notifications/board-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import type { ReportQueue } from '../moderation/report-queue.js';
import { findVisibleComment } from './board-lookups.js';
import type { ReportedOutput } from './report-post.use-case.js';

export interface ReportCommentInput {
  actor: Actor;
  commentId: string;
  reason: string;
}

export class ReportComment {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly reports: CommentReportRepository,
    private readonly queue: ReportQueue,
    private readonly settings: BoardSettings,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Queues the report for the admins, and hides the comment (it then leaves commentCount) once its
   * open reports that count reach the threshold (see ReportEligibility).
   * @throws TooFast, ValidationFailed (reason), CommentNotFound, NotSchoolMember, CannotReportOwn, AlreadyReported
   */
  execute(input: ReportCommentInput): Promise<ReportedOutput> {
    return this.guard.run(input.actor.id, 'other', () => this.write(input));
  }

  private async write({ actor, commentId, reason }: ReportCommentInput): Promise<ReportedOutput> {
    const why = ReportReason.parse(reason);
    const { comment, post } = await findVisibleComment(this.posts, this.comments, actor, commentId);
    comment.assertReportableBy(actor);
    const now = this.clock.now();
    await this.uow.run(async () => {
      await this.reports.add(comment.id, actor.id, why, now); // the store decides AlreadyReported
      const count = await this.queue.record({ reporterId: actor.id, post, comment, reason: why, now });
      if (comment.becomesHiddenWith(count, this.settings.reportThreshold)) {
        await this.comments.markHidden(comment.id, now);
        await notifyOfHidden(this.notifier, comment.authorId, { postId: post.id, commentId: comment.id });
      }
    });
    return { reported: true };
  }
}
