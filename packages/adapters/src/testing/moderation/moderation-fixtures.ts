import type {
  AuditLog,
  Comment,
  Post,
  ReportCaseQueries,
  ReportCaseRepository,
  ReportReason,
  User,
} from '@campus/domain';
import { BoardWorld, at, type BoardPorts } from '../board/board-fixtures.js';

/** The board's ports of one store, with the moderation queue and the audit log on it. */
export interface ModerationPorts extends BoardPorts {
  cases: ReportCaseRepository;
  caseQueries: ReportCaseQueries;
  audit: AuditLog;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type ModerationPortsSetup = () => Promise<
  (ModerationPorts & { teardown?: () => Promise<void> }) | null
>;

/** Reports as the use cases make them: the board's row first, then the case, in one unit of work. */
export class ModerationWorld extends BoardWorld {
  constructor(readonly moderation: ModerationPorts) {
    super(moderation);
  }

  report(
    post: Post,
    reporter: User,
    { comment, reason = 'spam', counts = true, minute = 10 }: ReportOptions = {},
  ): Promise<number> {
    const { cases, uow, postReports, commentReports } = this.moderation;
    return uow.run(async () => {
      if (comment) await commentReports.add(comment.id, reporter.id, reason, at(minute));
      else await postReports.add(post.id, reporter.id, reason, at(minute));
      return cases.record({
        caseId: this.id(),
        target: comment ? { type: 'comment', id: comment.id } : { type: 'post', id: post.id },
        postId: post.id,
        boardId: post.boardId,
        schoolId: post.schoolId,
        authorId: comment ? comment.authorId : post.authorId,
        reason,
        counts,
        at: at(minute),
      });
    });
  }
}

export interface ReportOptions {
  comment?: Comment;
  reason?: ReportReason;
  counts?: boolean;
  minute?: number;
}
