import {
  ID_GENERATOR,
  REPORT_CASE_REPOSITORY,
  type Comment,
  type IdGenerator,
  type Message,
  type Post,
  type ReportCaseRepository,
  type ReportReason,
  type SchoolId,
  type UserId,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';
import { reportEligibility, type ReportEligibility } from './report-eligibility.js';

export interface QueueInput {
  reporterId: UserId;
  post: Post;
  /** The reported comment; none when the post itself is reported. */
  comment?: Comment;
  reason: ReportReason;
  now: Date;
}

/**
 * Puts a report in the moderation queue, inside the report's unit of work (after the board has
 * recorded it, which locks the target's row), and says how many of the target's open reports
 * count toward the threshold: reports resolved by an admin no longer do.
 */
export class ReportQueue {
  constructor(
    private readonly cases: ReportCaseRepository,
    private readonly eligibility: ReportEligibility,
    private readonly ids: IdGenerator,
  ) {}

  async record({ reporterId, post, comment, reason, now }: QueueInput): Promise<number> {
    const counts = await this.eligibility.counts(reporterId, now);
    return this.cases.record({
      caseId: this.ids.next(),
      target: comment ? { type: 'comment', id: comment.id } : { type: 'post', id: post.id },
      postId: post.id,
      boardId: post.boardId,
      schoolId: post.schoolId,
      authorId: comment ? comment.authorId : post.authorId,
      reason,
      counts,
      at: now,
    });
  }

  /**
   * Puts a message's report in the queue, inside the report's unit of work. It hides nothing, so
   * nothing is answered. A message belongs to its sender's school (`senderSchoolId`, null for an
   * admin): that is whose conduct the report is about, and it needs no other read.
   */
  async recordMessage(input: {
    reporterId: UserId;
    message: Message;
    senderSchoolId: SchoolId | null;
    reason: ReportReason;
    now: Date;
  }): Promise<void> {
    const { reporterId, message, senderSchoolId, reason, now } = input;
    await this.cases.record({
      caseId: this.ids.next(),
      target: { type: 'message', id: message.id },
      postId: null,
      boardId: null,
      schoolId: senderSchoolId,
      authorId: message.senderId,
      reason,
      counts: await this.eligibility.counts(reporterId, now),
      at: now,
    });
  }
}

export const reportQueue = useCase(ReportQueue, [REPORT_CASE_REPOSITORY, reportEligibility, ID_GENERATOR]);
