import { Comment, type CommentId, type CommentRepository } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, bumpPost, clone, existing, type BoardTables } from './board-tables.js';

export class InMemoryCommentRepository implements CommentRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  add(comment: Comment): Promise<boolean> {
    return atomic(() => {
      const row = clone(comment.snapshot());
      const post = existing(this.tables.posts().get(row.postId), 'post', row.postId);
      if (post.deletedAt !== null) return false;
      if (this.tables.comments().has(row.id)) throw new Error(`Duplicate comment id ${row.id}.`);
      this.tables.comments().set(row.id, row);
      if (row.deletedAt === null && row.hiddenAt === null)
        bumpPost(this.tables, row.postId, 'commentCount', 1);
      return true;
    });
  }

  findById(id: CommentId): Promise<Comment | null> {
    return atomic(() => {
      const row = this.tables.comments().get(id);
      return row ? Comment.rehydrate(clone(row)) : null;
    });
  }

  update(comment: Comment): Promise<void> {
    return atomic(() => {
      const next = clone(comment.snapshot());
      const current = existing(this.tables.comments().get(next.id), 'comment', next.id);
      this.tables.comments().set(next.id, { ...current, content: next.content, updatedAt: next.updatedAt });
    });
  }

  markDeleted(id: CommentId, at: Date): Promise<boolean> {
    return this.setOnce(id, 'deletedAt', at);
  }

  markHidden(id: CommentId, at: Date): Promise<boolean> {
    return this.setOnce(id, 'hiddenAt', at);
  }

  /** A hidden comment shown again rejoins commentCount unless it is deleted. */
  markShown(id: CommentId): Promise<boolean> {
    return atomic(() => {
      const row = this.tables.comments().get(id);
      if (!row || row.hiddenAt === null) return false;
      this.tables.comments().set(id, { ...row, hiddenAt: null });
      if (row.deletedAt === null) bumpPost(this.tables, row.postId, 'commentCount', 1);
      return true;
    });
  }

  /** Sets the timestamp once; the comment leaving the live set takes one off commentCount. */
  private setOnce(id: CommentId, field: 'deletedAt' | 'hiddenAt', at: Date): Promise<boolean> {
    return atomic(() => {
      const row = this.tables.comments().get(id);
      if (!row || row[field] !== null) return false;
      const wasLive = row.deletedAt === null && row.hiddenAt === null;
      this.tables.comments().set(id, { ...row, [field]: new Date(at) });
      if (wasLive) bumpPost(this.tables, row.postId, 'commentCount', -1);
      return true;
    });
  }
}
