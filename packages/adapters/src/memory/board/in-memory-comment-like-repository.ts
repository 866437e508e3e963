import { AlreadyLiked, type CommentId, type CommentLikeRepository, type UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpComment, existing, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryCommentLikeRepository implements CommentLikeRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(commentId: CommentId, userId: UserId, at: Date): Promise<number> {
    return atomic(() => {
      existing(this.tables.comments().get(commentId), 'comment', commentId);
      const key = pairKey(commentId, userId);
      if (this.tables.commentLikes().has(key)) throw new AlreadyLiked();
      this.tables.commentLikes().set(key, { targetId: commentId, userId, createdAt: new Date(at) });
      return bumpComment(this.tables, commentId, 'likeCount', 1);
    });
  }
}
