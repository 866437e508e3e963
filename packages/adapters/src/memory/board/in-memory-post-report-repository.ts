import {
  AlreadyReported,
  type PostId,
  type PostReportRepository,
  type ReportReason,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpPost, existing, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryPostReportRepository implements PostReportRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(postId: PostId, userId: UserId, reason: ReportReason, at: Date): Promise<number> {
    return atomic(() => {
      existing(this.tables.posts().get(postId), 'post', postId);
      const key = pairKey(postId, userId);
      if (this.tables.postReports().has(key)) throw new AlreadyReported();
      this.tables.postReports().set(key, { targetId: postId, userId, reason, createdAt: new Date(at) });
      return bumpPost(this.tables, postId, 'reportCount', 1);
    });
  }
}
