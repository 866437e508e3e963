import {
  type Actor,
  type Clock,
  type CommentRepository,
  type PostRepository,
  type ReportCaseRepository,
  type ContentTargetType,
  type UnitOfWork,
} from '@campus/domain';
import type { AuditTrail } from './audit-trail.js';
import { assertAdmin, findModeratedTarget, type ModerationOutcome } from './moderated-target.js';

export interface ModerateInput {
  actor: Actor;
  type: ContentTargetType;
  id: string;
}

export class RestoreContent {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly cases: ReportCaseRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * Shows a post or comment again (a restored comment counts in commentCount again) and resolves
   * its open reports, so they no longer count toward the threshold. A target that is not hidden
   * has its reports resolved all the same. Audited in the same unit of work.
   * @throws Forbidden (not an admin), PostNotFound, CommentNotFound
   */
  async execute({ actor, type, id }: ModerateInput): Promise<ModerationOutcome> {
    assertAdmin(actor);
    const { target } = await findModeratedTarget(this.posts, this.comments, type, id);
    const now = this.clock.now();
    return this.uow.run(async () => {
      // Showing first takes the target's row lock, the order reports take theirs in.
      const shown =
        target.type === 'post'
          ? await this.posts.markShown(target.id)
          : await this.comments.markShown(target.id);
      const resolvedReports = await this.cases.resolve(target, 'restored', actor.id, now);
      const detail = { wasHidden: shown, resolvedReports };
      await this.audit.record({ actor, action: `${type}.restore`, target, detail, at: now });
      return { target, hidden: false, resolvedReports };
    });
  }
}
