import type { AnonymousAliasRepository, PostId, UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpPost, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryAnonymousAliasRepository implements AnonymousAliasRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  /** One atomic step here, so there is nothing to skip: the same as `numberFor`. */
  assign(postId: PostId, userId: UserId): Promise<number> {
    return this.numberFor(postId, userId);
  }

  numberFor(postId: PostId, userId: UserId): Promise<number> {
    return atomic(() => {
      const key = pairKey(postId, userId);
      const alias = this.tables.aliases().get(key);
      if (alias) return alias.number;
      const number = bumpPost(this.tables, postId, 'anonymousSequence', 1);
      this.tables.aliases().set(key, { postId, userId, number });
      return number;
    });
  }
}
