import {
  AlreadyLiked,
  AlreadyReported,
  type AnonymousAliasRepository,
  type CommentId,
  type CommentLikeRepository,
  type CommentReportRepository,
  type PostId,
  type PostLikeRepository,
  type PostReportRepository,
  type PostScrapRepository,
  type ReportReason,
  type UnitOfWork,
  type UserId,
} from '@campus/domain';
import { brokenUniqueIndex } from '../errors.js';
import type { Sql } from '../sql.js';

interface Target {
  reactions: string;
  key: 'post_id' | 'comment_id';
  table: 'posts' | 'comments';
  counter: 'like_count' | 'scrap_count' | 'report_count';
}

/**
 * One reaction per (target, user): the INSERT into a table keyed by the pair decides a race, and
 * the counter on the target row moves in the same transaction. The counter moves first: that
 * UPDATE takes the target row's write lock before the INSERT's foreign-key check would take a
 * shared one (two transactions holding the shared lock deadlock when both then want to write),
 * and it hands back the new count: a reaction is BEGIN, UPDATE, INSERT, COMMIT. A duplicate
 * (the pair's unique key) puts the counter back in the same transaction.
 */
async function react(
  sql: Sql,
  uow: UnitOfWork,
  target: Target,
  row: { targetId: string; userId: string; at: Date; reason?: ReportReason },
  onDuplicate: () => Error,
): Promise<number> {
  const reason = row.reason === undefined ? '' : ', reason';
  return uow.run(async () => {
    const count = await bump(sql, target, row.targetId, 1);
    try {
      await sql.run(
        `INSERT INTO ${target.reactions} (${target.key}, user_id, created_at${reason})
         VALUES (:targetId, :userId, :createdAt${reason ? ', :reason' : ''})`,
        {
          targetId: row.targetId,
          userId: row.userId,
          createdAt: sql.time(row.at),
          reason: row.reason ?? null,
        },
      );
    } catch (error) {
      if (brokenUniqueIndex(error) === null) throw error;
      // Put the counter back: the caller may be inside a larger unit of work that goes on.
      await bump(sql, target, row.targetId, -1);
      throw onDuplicate();
    }
    return count;
  });
}

async function bump(sql: Sql, target: Target, id: string, delta: number): Promise<number> {
  const count = await sql.bump(target.table, target.counter, id, delta);
  if (count === null) throw new Error(`${target.table} row ${id} is gone`);
  return count;
}

const POST_LIKES: Target = { reactions: 'post_likes', key: 'post_id', table: 'posts', counter: 'like_count' };
const COMMENT_LIKES: Target = {
  reactions: 'comment_likes',
  key: 'comment_id',
  table: 'comments',
  counter: 'like_count',
};
const POST_REPORTS: Target = {
  reactions: 'post_reports',
  key: 'post_id',
  table: 'posts',
  counter: 'report_count',
};
const COMMENT_REPORTS: Target = {
  reactions: 'comment_reports',
  key: 'comment_id',
  table: 'comments',
  counter: 'report_count',
};
const POST_SCRAPS: Target = {
  reactions: 'post_scraps',
  key: 'post_id',
  table: 'posts',
  counter: 'scrap_count',
};

export class SequelizePostLikeRepository implements PostLikeRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    return react(this.sql, this.uow, POST_LIKES, { targetId: postId, userId, at }, () => new AlreadyLiked());
  }
}

export class SequelizeCommentLikeRepository implements CommentLikeRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  add(commentId: CommentId, userId: UserId, at: Date): Promise<number> {
    return react(
      this.sql,
      this.uow,
      COMMENT_LIKES,
      { targetId: commentId, userId, at },
      () => new AlreadyLiked(),
    );
  }
}

export class SequelizePostReportRepository implements PostReportRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  add(postId: PostId, userId: UserId, reason: ReportReason, at: Date): Promise<number> {
    return react(
      this.sql,
      this.uow,
      POST_REPORTS,
      { targetId: postId, userId, at, reason },
      () => new AlreadyReported(),
    );
  }
}

export class SequelizeCommentReportRepository implements CommentReportRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  add(commentId: CommentId, userId: UserId, reason: ReportReason, at: Date): Promise<number> {
    return react(
      this.sql,
      this.uow,
      COMMENT_REPORTS,
      { targetId: commentId, userId, at, reason },
      () => new AlreadyReported(),
    );
  }
}

export class SequelizePostScrapRepository implements PostScrapRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  /** Idempotent: a second scrap finds the pair taken and just reports the count. */
  async add(postId: PostId, userId: UserId, at: Date): Promise<number> {
    try {
      return await react(
        this.sql,
        this.uow,
        POST_SCRAPS,
        { targetId: postId, userId, at },
        () => new AlreadyScrapped(),
      );
    } catch (error) {
      if (!(error instanceof AlreadyScrapped)) throw error;
      return this.count(postId);
    }
  }

  remove(postId: PostId, userId: UserId): Promise<number> {
    return this.uow.run(async () => {
      await this.sql.one(`SELECT id FROM posts WHERE id = :postId${this.sql.forUpdate}`, { postId });
      const found = await this.sql.one(
        `SELECT post_id FROM post_scraps WHERE post_id = :postId AND user_id = :userId${this.sql.forUpdate}`,
        { postId, userId },
      );
      if (!found) return this.count(postId);
      await this.sql.run('DELETE FROM post_scraps WHERE post_id = :postId AND user_id = :userId', {
        postId,
        userId,
      });
      return bump(this.sql, POST_SCRAPS, postId, -1);
    });
  }

  private async count(postId: PostId): Promise<number> {
    const row = await this.sql.one<{ n: number }>('SELECT scrap_count AS n FROM posts WHERE id = :postId', {
      postId,
    });
    return Number(row?.n ?? 0);
  }
}

class AlreadyScrapped extends Error {}

export class SequelizeAnonymousAliasRepository implements AnonymousAliasRepository {
  constructor(
    private readonly sql: Sql,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * A user's alias on a post is read first: a plain read sees the latest committed row (MySQL
   * connections run READ COMMITTED; SQLite has one writer). A new one is assigned.
   */
  numberFor(postId: PostId, userId: UserId): Promise<number> {
    return this.uow.run(async () => (await this.find(postId, userId)) ?? this.assign(postId, userId));
  }

  /**
   * Takes the next number from the post row, whose write lock serialises concurrent first
   * comments: distinct users get consecutive numbers. When the same user raced and won, the INSERT
   * meets the pair's unique key; the number is given back (the lock is still held, so it is still
   * the last one) and the winner's alias is used.
   */
  assign(postId: PostId, userId: UserId): Promise<number> {
    return this.uow.run(async () => {
      const number = await this.sql.bump('posts', 'anonymous_sequence', postId, 1);
      if (number === null) throw new Error(`posts row ${postId} is gone`);
      try {
        await this.sql.run(
          'INSERT INTO post_aliases (post_id, user_id, number) VALUES (:postId, :userId, :number)',
          { postId, userId, number },
        );
        return number;
      } catch (error) {
        if (brokenUniqueIndex(error) === null) throw error;
        await this.sql.bump('posts', 'anonymous_sequence', postId, -1);
        const winner = await this.find(postId, userId);
        if (winner === null) throw error;
        return winner;
      }
    });
  }

  private async find(postId: PostId, userId: UserId): Promise<number | null> {
    const alias = await this.sql.one<{ number: number }>(
      'SELECT number FROM post_aliases WHERE post_id = :postId AND user_id = :userId',
      { postId, userId },
    );
    return alias === null ? null : Number(alias.number);
  }
}
