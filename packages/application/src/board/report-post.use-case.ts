import {
  ReportReason,
  type Actor,
  type BoardSettings,
  type Clock,
  type PostReportRepository,
  type PostRepository,
  type UnitOfWork,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfHidden } from '../notifications/board-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import type { ReportQueue } from '../moderation/report-queue.js';
import { findVisiblePost } from './board-lookups.js';

export interface ReportPostInput {
  actor: Actor;
  postId: string;
  reason: string;
}

export interface ReportedOutput {
  reported: true;
}

export class ReportPost {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly reports: PostReportRepository,
    private readonly queue: ReportQueue,
    private readonly settings: BoardSettings,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Queues the report for the admins, and hides the post once its open reports that count reach
   * the threshold (see ReportEligibility). @throws TooFast, ValidationFailed (reason), PostNotFound, NotSchoolMember, CannotReportOwn, AlreadyReported */
  execute(input: ReportPostInput): Promise<ReportedOutput> {
    return this.guard.run(input.actor.id, 'other', () => this.write(input));
  }

  private async write({ actor, postId, reason }: ReportPostInput): Promise<ReportedOutput> {
    const why = ReportReason.parse(reason);
    const post = await findVisiblePost(this.posts, actor, postId);
    post.assertReportableBy(actor);
    const now = this.clock.now();
    await this.uow.run(async () => {
      await this.reports.add(post.id, actor.id, why, now); // the store decides AlreadyReported
      const count = await this.queue.record({ reporterId: actor.id, post, reason: why, now });
      if (post.becomesHiddenWith(count, this.settings.reportThreshold)) {
        await this.posts.markHidden(post.id, now);
        await notifyOfHidden(this.notifier, post.authorId, { postId: post.id });
      }
    });
    return { reported: true };
  }
}
