import {
  BoardExists,
  type Board,
  type BoardId,
  type BoardRepository,
  type Comment,
  type CommentId,
  type CommentRepository,
  type Post,
  type PostId,
  type PostForCommenter,
  type PostRepository,
  type PostState,
  type SchoolId,
  type UnitOfWork,
  type UserId,
} from '@campus/domain';
import { translateUnique } from '../errors.js';
import type { Sql } from '../sql.js';
import {
  boardFromRow,
  commentFromRow,
  postFromRow,
  type BoardRow,
  type CommentRow,
  type PostRow,
} from './board-rows.js';

export class SequelizeBoardRepository implements BoardRepository {
  constructor(private readonly sql: Sql) {}

  async save(board: Board): Promise<void> {
    const b = board.snapshot();
    const params = { ...b, createdAt: this.sql.time(b.createdAt) };
    try {
      // MySQL counts only changed rows in UPDATE, so existence is asked, not inferred.
      if (await this.sql.one('SELECT id FROM boards WHERE id = :id', params)) {
        await this.sql.run(
          'UPDATE boards SET name = :name, description = :description WHERE id = :id',
          params,
        );
      } else {
        await this.sql.run(
          'INSERT INTO boards (id, school_id, name, description, created_at) VALUES (:id, :schoolId, :name, :description, :createdAt)',
          params,
        );
      }
    } catch (error) {
      translateUnique(error, [[/name/, () => new BoardExists()]]);
    }
  }

  async findById(id: BoardId): Promise<Board | null> {
    const row = await this.sql.one<BoardRow>('SELECT * FROM boards WHERE id = :id', { id });
    return row ? boardFromRow(row) : null;
  }

  async listBySchool(schoolId: SchoolId): Promise<Board[]> {
    const rows = await this.sql.select<BoardRow>(
      'SELECT * FROM boards WHERE school_id = :schoolId ORDER BY created_at, id',
      { schoolId },
    );
    return rows.map(boardFromRow);
  }
}

export class SequelizePostRepository implements PostRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Inserts, or updates only what an author changes; counters belong to the atomic methods. An
   * update first takes the row's write lock and checks what the rules judged (not deleted, locked
   * as read), so a comment that locks the question, or a deletion, comes wholly before or after it.
   */
  save(post: Post): Promise<boolean> {
    return this.uow.run(async () => {
      const p = post.snapshot();
      const stored = await this.sql.one<{ deleted_at: unknown; locked_at: unknown }>(
        `SELECT deleted_at, locked_at FROM posts WHERE id = :id${this.sql.forUpdate}`,
        { id: p.id },
      );
      if (!stored) return this.insert(p);
      if (stored.deleted_at !== null || (stored.locked_at === null) !== (p.lockedAt === null)) return false;
      await this.sql.run(
        'UPDATE posts SET title = :title, content = :content, updated_at = :updatedAt, deleted_at = :deletedAt WHERE id = :id',
        {
          id: p.id,
          title: p.title,
          content: p.content,
          updatedAt: this.sql.time(p.updatedAt),
          deletedAt: this.sql.timeOrNull(p.deletedAt),
        },
      );
      return true;
    });
  }

  private async insert(p: PostState): Promise<boolean> {
    await this.sql.run(
      `INSERT INTO posts (id, board_id, school_id, author_id, title, content, is_anonymous, is_question, like_count,
         comment_count, scrap_count, report_count, anonymous_sequence, hot_at, hidden_at, locked_at, deleted_at,
         created_at, updated_at)
       VALUES (:id, :boardId, :schoolId, :authorId, :title, :content, :isAnonymous, :isQuestion, :likeCount,
         :commentCount, :scrapCount, :reportCount, :anonymousSequence, :hotAt, :hiddenAt, :lockedAt, :deletedAt,
         :createdAt, :updatedAt)`,
      {
        ...p,
        isAnonymous: p.isAnonymous ? 1 : 0,
        isQuestion: p.isQuestion ? 1 : 0,
        hotAt: this.sql.timeOrNull(p.hotAt),
        hiddenAt: this.sql.timeOrNull(p.hiddenAt),
        lockedAt: this.sql.timeOrNull(p.lockedAt),
        deletedAt: this.sql.timeOrNull(p.deletedAt),
        createdAt: this.sql.time(p.createdAt),
        updatedAt: this.sql.time(p.updatedAt),
      },
    );
    return true;
  }

  async findById(id: PostId): Promise<Post | null> {
    const row = await this.sql.one<PostRow>('SELECT * FROM posts WHERE id = :id', { id });
    return row ? postFromRow(row) : null;
  }

  /** The alias by the pair's unique key, joined to the post: one statement. */
  async findForCommenter(id: PostId, userId: UserId): Promise<PostForCommenter | null> {
    const row = await this.sql.one<PostRow & { held_number: number | null }>(
      `SELECT p.*, a.number AS held_number FROM posts p
       LEFT JOIN post_aliases a ON a.post_id = p.id AND a.user_id = :userId
       WHERE p.id = :id`,
      { id, userId },
    );
    if (!row) return null;
    const { held_number: held, ...post } = row;
    return { post: postFromRow(post), heldNumber: held === null ? null : Number(held) };
  }

  markHot(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'hot_at', at);
  }

  markHidden(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'hidden_at', at);
  }

  async markShown(id: PostId): Promise<boolean> {
    return (
      (await this.sql.run('UPDATE posts SET hidden_at = NULL WHERE id = :id AND hidden_at IS NOT NULL', {
        id,
      })) > 0
    );
  }

  markLocked(id: PostId, at: Date): Promise<void> {
    return this.setOnce(id, 'locked_at', at);
  }

  private async setOnce(id: PostId, column: 'hot_at' | 'hidden_at' | 'locked_at', at: Date): Promise<void> {
    await this.sql.run(`UPDATE posts SET ${column} = :at WHERE id = :id AND ${column} IS NULL`, {
      id,
      at: this.sql.time(at),
    });
  }
}

export class SequelizeCommentRepository implements CommentRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  add(comment: Comment): Promise<boolean> {
    const c = comment.snapshot();
    const live = c.deletedAt === null && c.hiddenAt === null;
    return this.uow.run(async () => {
      // The post's write lock first, as for reactions: no shared-then-exclusive deadlock. A live
      // comment takes it with the UPDATE of the count, which it needs anyway; under it, a post
      // deleted meanwhile is seen as deleted, and takes no comment.
      const open = live
        ? (await this.sql.run(
            'UPDATE posts SET comment_count = comment_count + 1 WHERE id = :postId AND deleted_at IS NULL',
            { postId: c.postId },
          )) > 0
        : (await this.sql.one(
            `SELECT id FROM posts WHERE id = :postId AND deleted_at IS NULL${this.sql.forUpdate}`,
            {
              postId: c.postId,
            },
          )) !== null;
      if (!open) return false;
      await this.sql.run(
        `INSERT INTO comments (id, post_id, parent_id, author_id, content, is_anonymous, anonymous_number, like_count,
           report_count, hidden_at, deleted_at, created_at, updated_at)
         VALUES (:id, :postId, :parentId, :authorId, :content, :isAnonymous, :anonymousNumber, :likeCount,
           :reportCount, :hiddenAt, :deletedAt, :createdAt, :updatedAt)`,
        {
          ...c,
          isAnonymous: c.isAnonymous ? 1 : 0,
          hiddenAt: this.sql.timeOrNull(c.hiddenAt),
          deletedAt: this.sql.timeOrNull(c.deletedAt),
          createdAt: this.sql.time(c.createdAt),
          updatedAt: this.sql.time(c.updatedAt),
        },
      );
      return true;
    });
  }

  async findById(id: CommentId): Promise<Comment | null> {
    const row = await this.sql.one<CommentRow>('SELECT * FROM comments WHERE id = :id', { id });
    return row ? commentFromRow(row) : null;
  }

  async update(comment: Comment): Promise<void> {
    const c = comment.snapshot();
    await this.sql.run('UPDATE comments SET content = :content, updated_at = :updatedAt WHERE id = :id', {
      id: c.id,
      content: c.content,
      updatedAt: this.sql.time(c.updatedAt),
    });
  }

  markDeleted(id: CommentId, at: Date): Promise<boolean> {
    return this.setOnce(id, 'deleted_at', at);
  }

  markHidden(id: CommentId, at: Date): Promise<boolean> {
    return this.setOnce(id, 'hidden_at', at);
  }

  /** The locks as `setOnce` takes them; a comment shown again rejoins commentCount unless deleted. */
  markShown(id: CommentId): Promise<boolean> {
    return this.uow.run(async () => {
      const of = await this.sql.one<{ post_id: string }>('SELECT post_id FROM comments WHERE id = :id', {
        id,
      });
      if (!of) return false;
      await this.sql.one(`SELECT id FROM posts WHERE id = :postId${this.sql.forUpdate}`, {
        postId: of.post_id,
      });
      const row = await this.sql.one<CommentRow>(
        `SELECT * FROM comments WHERE id = :id${this.sql.forUpdate}`,
        { id },
      );
      if (!row || row.hidden_at === null) return false;
      await this.sql.run('UPDATE comments SET hidden_at = NULL WHERE id = :id', { id });
      if (row.deleted_at === null) {
        await this.sql.run('UPDATE posts SET comment_count = comment_count + 1 WHERE id = :postId', {
          postId: row.post_id,
        });
      }
      return true;
    });
  }

  /**
   * Sets the time once; a comment leaving the live set takes one off its post's commentCount. The
   * post's row is locked before the comment's, the order `add` takes them in (a reply locks the
   * post, then its parent through the foreign key): the other order deadlocked with replies.
   */
  private setOnce(id: CommentId, column: 'deleted_at' | 'hidden_at', at: Date): Promise<boolean> {
    return this.uow.run(async () => {
      // A comment's post never changes, so it may be read before any lock is held.
      const of = await this.sql.one<{ post_id: string }>('SELECT post_id FROM comments WHERE id = :id', {
        id,
      });
      if (!of) return false;
      await this.sql.one(`SELECT id FROM posts WHERE id = :postId${this.sql.forUpdate}`, {
        postId: of.post_id,
      });
      const row = await this.sql.one<CommentRow>(
        `SELECT * FROM comments WHERE id = :id${this.sql.forUpdate}`,
        { id },
      );
      if (!row || row[column] !== null) return false;
      await this.sql.run(`UPDATE comments SET ${column} = :at WHERE id = :id`, { id, at: this.sql.time(at) });
      if (row.deleted_at === null && row.hidden_at === null) {
        await this.sql.run('UPDATE posts SET comment_count = comment_count - 1 WHERE id = :postId', {
          postId: row.post_id,
        });
      }
      return true;
    });
  }
}
