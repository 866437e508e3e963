import { Post, type PostId, type PostForCommenter, type PostRepository, type UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, clone, pairKey, type BoardTables } from './board-tables.js';

export class InMemoryPostRepository implements PostRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  save(post: Post): Promise<boolean> {
    return atomic(() => {
      const next = clone(post.snapshot());
      const current = this.tables.posts().get(next.id);
      if (!current) {
        this.tables.posts().set(next.id, next);
        return true;
      }
      // Changed since it was read: deleted, or locked (or not) otherwise than the entity says.
      if (current.deletedAt !== null || (current.lockedAt === null) !== (next.lockedAt === null))
        return false;
      // Only what the author changes; counters and once-set timestamps belong to the atomic methods.
      this.tables.posts().set(next.id, {
        ...current,
        title: next.title,
        content: next.content,
        updatedAt: next.updatedAt,
        deletedAt: next.deletedAt,
      });
      return true;
    });
  }

  findById(id: PostId): Promise<Post | null> {
    return atomic(() => {
      const row = this.tables.posts().get(id);
      return row ? Post.rehydrate(clone(row)) : null;
    });
  }

  findForCommenter(id: PostId, userId: UserId): Promise<PostForCommenter | null> {
    return atomic(() => {
      const row = this.tables.posts().get(id);
      if (!row) return null;
      const held = this.tables.aliases().get(pairKey(id, userId));
      return { post: Post.rehydrate(clone(row)), heldNumber: held?.number ?? null };
    });
  }

  markHot(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'hotAt', at);
  }

  markHidden(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'hiddenAt', at);
  }

  markShown(id: PostId): Promise<boolean> {
    return atomic(() => {
      const row = this.tables.posts().get(id);
      if (!row || row.hiddenAt === null) return false;
      this.tables.posts().set(id, { ...row, hiddenAt: null });
      return true;
    });
  }

  markLocked(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'lockedAt', at);
  }

  private setOnce(id: PostId, field: 'hotAt' | 'hiddenAt' | 'lockedAt', at: Date): Promise<void> {
    return atomic(() => {
      const row = this.tables.posts().get(id);
      if (row && row[field] === null) this.tables.posts().set(id, { ...row, [field]: new Date(at) });
    });
  }
}
