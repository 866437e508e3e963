import { AlreadyLiked, type PostId, type PostLikeRepository, type UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpPost, existing, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryPostLikeRepository implements PostLikeRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    return atomic(() => {
      existing(this.tables.posts().get(postId), 'post', postId);
      const key = pairKey(postId, userId);
      if (this.tables.postLikes().has(key)) throw new AlreadyLiked();
      this.tables.postLikes().set(key, { targetId: postId, userId, createdAt: new Date(at) });
      return bumpPost(this.tables, postId, 'likeCount', 1);
    });
  }
}
