import {
  AlreadyReported,
  type CommentId,
  type CommentReportRepository,
  type ReportReason,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpComment, existing, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryCommentReportRepository implements CommentReportRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(commentId: CommentId, userId: UserId, reason: ReportReason, at: Date): Promise<number> {
    return atomic(() => {
      existing(this.tables.comments().get(commentId), 'comment', commentId);
      const key = pairKey(commentId, userId);
      if (this.tables.commentReports().has(key)) throw new AlreadyReported();
      this.tables.commentReports().set(key, { targetId: commentId, userId, reason, createdAt: new Date(at) });
      return bumpComment(this.tables, commentId, 'reportCount', 1);
    });
  }
}
