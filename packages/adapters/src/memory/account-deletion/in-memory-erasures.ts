import {
  PostId,
  ThreadKeys,
  type AccountErasure,
  type BoardErasure,
  type ErasedIds,
  type FriendRequestState,
  type ReviewState,
  type TimetableState,
  type UserId,
} from '@campus/domain';
import { boardTables, pairKey, type ReactionRow } from '../board/board-tables.js';
import type { MemoryDatabase } from '../memory-database.js';

/** Friend requests and friendships either way: they concern the account alone. */
export class InMemoryFriendsErasure implements AccountErasure {
  constructor(private readonly db: MemoryDatabase) {}

  erase(userId: UserId): Promise<void> {
    const requests = this.db.table<FriendRequestState>('friend_requests');
    for (const [id, r] of requests)
      if (r.requesterId === userId || r.addresseeId === userId) requests.delete(id);
    const friendships = this.db.table<{ low: UserId; high: UserId }>('friendships');
    for (const [key, f] of friendships) if (f.low === userId || f.high === userId) friendships.delete(key);
    return Promise.resolve();
  }
}

/** The account's timetables and their courses. */
export class InMemoryTimetablesErasure implements AccountErasure {
  constructor(private readonly db: MemoryDatabase) {}

  erase(userId: UserId): Promise<void> {
    const timetables = this.db.table<Omit<TimetableState, 'courseIds'>>('timetables');
    const links = this.db.table<{ timetableId: string }>('timetable_courses');
    const gone = new Set<string>();
    for (const [id, t] of timetables) {
      if (t.ownerId !== userId) continue;
      gone.add(id);
      timetables.delete(id);
    }
    for (const [key, link] of links) if (gone.has(link.timetableId)) links.delete(key);
    return Promise.resolve();
  }
}

/** Reviews stay (they count in the course's rating), each under an id of its own. */
export class InMemoryCoursesErasure implements AccountErasure {
  constructor(private readonly db: MemoryDatabase) {}

  erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const reviews = this.db.table<ReviewState>('reviews');
    for (const [id, review] of reviews)
      if (review.authorId === userId) reviews.set(id, { ...review, authorId: ids.next() });
    return Promise.resolve();
  }
}

/**
 * Scraps go (their counters with them); posts, comments, 익명 numbers, likes and reports stay,
 * re-keyed as `ThreadKeys` says, so every count and label reads as before.
 */
export class InMemoryBoardErasure implements BoardErasure {
  constructor(private readonly db: MemoryDatabase) {}

  postsMarkedBy(userId: UserId): Promise<PostId[]> {
    const t = boardTables(this.db);
    const marked = new Set<string>();
    for (const table of [t.postLikes(), t.postScraps(), t.postReports()])
      for (const row of table.values()) if (row.userId === userId) marked.add(row.targetId);
    return Promise.resolve([...marked].map((id) => PostId(id)));
  }

  erase(userId: UserId, ids: ErasedIds): Promise<void> {
    const t = boardTables(this.db);
    const keys = new ThreadKeys(ids);
    for (const [key, scrap] of t.postScraps()) {
      if (scrap.userId !== userId) continue;
      t.postScraps().delete(key);
      const post = t.posts().get(scrap.targetId);
      if (post) t.posts().set(post.id, { ...post, scrapCount: post.scrapCount - 1 });
    }
    for (const [id, post] of t.posts())
      if (post.authorId === userId) t.posts().set(id, { ...post, authorId: keys.of(id, post.isAnonymous) });
    for (const [id, c] of t.comments())
      if (c.authorId === userId) t.comments().set(id, { ...c, authorId: keys.of(c.postId, c.isAnonymous) });
    for (const [key, alias] of t.aliases()) {
      if (alias.userId !== userId) continue;
      const fresh = keys.of(alias.postId, true);
      t.aliases().delete(key);
      t.aliases().set(pairKey(alias.postId, fresh), { ...alias, userId: fresh });
    }
    for (const table of [t.postLikes(), t.commentLikes(), t.postReports(), t.commentReports()])
      rekeyEach(table, userId, ids);
    return Promise.resolve();
  }
}

/** Each reaction of the account under an id of its own: one like tells nothing of another. */
function rekeyEach(table: Map<string, ReactionRow>, userId: UserId, ids: ErasedIds): void {
  for (const [key, row] of [...table]) {
    if (row.userId !== userId) continue;
    const fresh = ids.next();
    table.delete(key);
    table.set(pairKey(row.targetId, fresh), { ...row, userId: fresh });
  }
}
