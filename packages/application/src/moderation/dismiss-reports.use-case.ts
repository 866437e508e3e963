import type {
  Clock,
  CommentRepository,
  PostRepository,
  ReportCaseRepository,
  UnitOfWork,
} from '@campus/domain';
import type { AuditTrail } from './audit-trail.js';
import { assertAdmin, findModeratedTarget, type ModerationOutcome } from './moderated-target.js';
import type { ModerateInput } from './restore-content.use-case.js';

export class DismissReports {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly cases: ReportCaseRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * Resolves a post's or comment's open reports and leaves the content as it is (a hidden one
   * stays hidden until restored). Audited in the same unit of work.
   * @throws Forbidden (not an admin), PostNotFound, CommentNotFound
   */
  async execute({ actor, type, id }: ModerateInput): Promise<ModerationOutcome> {
    assertAdmin(actor);
    const { target, hidden } = await findModeratedTarget(this.posts, this.comments, type, id);
    const now = this.clock.now();
    return this.uow.run(async () => {
      const resolvedReports = await this.cases.resolve(target, 'dismissed', actor.id, now);
      const detail = { resolvedReports };
      await this.audit.record({ actor, action: `${type}.dismiss-reports`, target, detail, at: now });
      return { target, hidden, resolvedReports };
    });
  }
}
