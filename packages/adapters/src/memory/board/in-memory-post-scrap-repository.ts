import type { PostId, PostScrapRepository, UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpPost, existing, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryPostScrapRepository implements PostScrapRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    return atomic(() => {
      const post = existing(this.tables.posts().get(postId), 'post', postId);
      const key = pairKey(postId, userId);
      if (this.tables.postScraps().has(key)) return post.scrapCount;
      this.tables.postScraps().set(key, { targetId: postId, userId, createdAt: new Date(at) });
      return bumpPost(this.tables, postId, 'scrapCount', 1);
    });
  }

  remove(postId: PostId, userId: UserId): Promise<number> {
    return atomic(() => {
      const post = existing(this.tables.posts().get(postId), 'post', postId);
      if (!this.tables.postScraps().delete(pairKey(postId, userId))) return post.scrapCount;
      return bumpPost(this.tables, postId, 'scrapCount', -1);
    });
  }
}
