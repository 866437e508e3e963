import {
  PostId,
  ThreadKeys,
  type AccountErasure,
  type BoardErasure,
  type ErasedIds,
  type UserId,
} from '@campus/domain';
import { toBool, type Sql } from '../sql.js';

/** Friend requests and friendships either way: they concern the account alone. */
export class SequelizeFriendsErasure implements AccountErasure {
  constructor(private readonly sql: Sql) {}

  async erase(userId: UserId): Promise<void> {
    await this.sql.run('DELETE FROM friend_requests WHERE requester_id = :userId OR addressee_id = :userId', {
      userId,
    });
    await this.sql.run('DELETE FROM friendships WHERE user_low = :userId OR user_high = :userId', { userId });
  }
}

/** The account's timetables; their courses go with them by their foreign key. */
export class SequelizeTimetablesErasure implements AccountErasure {
  constructor(private readonly sql: Sql) {}

  async erase(userId: UserId): Promise<void> {
    await this.sql.run('DELETE FROM timetables WHERE owner_id = :userId', { userId });
  }
}

/** Reviews stay (they count in the course's rating), each under an id of its own. */
export class SequelizeCoursesErasure implements AccountErasure {
  constructor(private readonly sql: Sql) {}

  async erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const rows = await this.sql.select<{ id: string }>('SELECT id FROM reviews WHERE author_id = :userId', {
      userId,
    });
    for (const { id } of rows)
      await this.sql.run('UPDATE reviews SET author_id = :fresh WHERE id = :id', { fresh: ids.next(), id });
  }
}

const REACTIONS = [
  ['post_likes', 'post_id'],
  ['comment_likes', 'comment_id'],
  ['post_reports', 'post_id'],
  ['comment_reports', 'comment_id'],
] as const;

/**
 * Scraps go (their counters with them); posts, comments, 익명 numbers, likes and reports stay,
 * re-keyed as `ThreadKeys` says, so every count and label reads as before.
 */
export class SequelizeBoardErasure implements BoardErasure {
  constructor(private readonly sql: Sql) {}

  async postsMarkedBy(userId: UserId): Promise<PostId[]> {
    const rows = await this.sql.select<{ id: string }>(
      `SELECT post_id AS id FROM post_likes WHERE user_id = :userId
       UNION SELECT post_id FROM post_scraps WHERE user_id = :userId
       UNION SELECT post_id FROM post_reports WHERE user_id = :userId`,
      { userId },
    );
    return rows.map((row) => PostId(row.id));
  }

  async erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const sql = this.sql;
    await sql.run(
      'UPDATE posts SET scrap_count = scrap_count - 1 WHERE id IN (SELECT post_id FROM post_scraps WHERE user_id = :userId)',
      { userId },
    );
    await sql.run('DELETE FROM post_scraps WHERE user_id = :userId', { userId });
    const keys = new ThreadKeys(ids);
    const posts = await sql.select<{ id: string; a: unknown }>(
      'SELECT id, is_anonymous AS a FROM posts WHERE author_id = :userId',
      { userId },
    );
    for (const { id, a } of posts)
      await sql.run('UPDATE posts SET author_id = :fresh WHERE id = :id', {
        fresh: keys.of(id, toBool(a)),
        id,
      });
    const threads = await sql.select<{ postId: string; a: unknown }>(
      'SELECT DISTINCT post_id AS postId, is_anonymous AS a FROM comments WHERE author_id = :userId',
      { userId },
    );
    for (const { postId, a } of threads)
      await sql.run(
        'UPDATE comments SET author_id = :fresh WHERE author_id = :userId AND post_id = :postId AND is_anonymous = :a',
        { fresh: keys.of(postId, toBool(a)), userId, postId, a: toBool(a) ? 1 : 0 },
      );
    const aliases = await sql.select<{ postId: string }>(
      'SELECT post_id AS postId FROM post_aliases WHERE user_id = :userId',
      { userId },
    );
    for (const { postId } of aliases)
      await sql.run(
        'UPDATE post_aliases SET user_id = :fresh WHERE post_id = :postId AND user_id = :userId',
        {
          fresh: keys.of(postId, true),
          postId,
          userId,
        },
      );
    for (const [table, target] of REACTIONS) await this.rekeyEach(table, target, userId, ids);
  }

  /** Each reaction of the account under an id of its own: one like tells nothing of another. */
  private async rekeyEach(table: string, target: string, userId: UserId, ids: ErasedIds): Promise<void> {
    const rows = await this.sql.select<{ t: string }>(
      `SELECT ${target} AS t FROM ${table} WHERE user_id = :userId`,
      {
        userId,
      },
    );
    for (const { t } of rows)
      await this.sql.run(`UPDATE ${table} SET user_id = :fresh WHERE ${target} = :t AND user_id = :userId`, {
        fresh: ids.next(),
        t,
        userId,
      });
  }
}
