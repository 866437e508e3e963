import type { BoardState, CommentState, PostState, ReportReason, UserId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/*
 * The board's memory tables. Rows are plain snapshots (cloned in and out), and every method that
 * changes them does all its work synchronously, so it is atomic like one SQL transaction.
 */

export interface ReactionRow {
  targetId: string;
  userId: UserId;
  createdAt: Date;
}

export interface ReportRow extends ReactionRow {
  reason: ReportReason;
}

export interface AliasRow {
  postId: string;
  userId: UserId;
  number: number;
}

/** The key of a (target, user) pair: the unique index of reactions and aliases. */
export function pairKey(targetId: string, userId: string): string {
  return `${targetId}\u0000${userId}`;
}

export const boardTables = (db: MemoryDatabase) => ({
  boards: () => db.table<BoardState>('boards'),
  posts: () => db.table<PostState>('posts'),
  comments: () => db.table<CommentState>('comments'),
  postLikes: () => db.table<ReactionRow>('post_likes'),
  commentLikes: () => db.table<ReactionRow>('comment_likes'),
  postScraps: () => db.table<ReactionRow>('post_scraps'),
  postReports: () => db.table<ReportRow>('post_reports'),
  commentReports: () => db.table<ReportRow>('comment_reports'),
  aliases: () => db.table<AliasRow>('post_aliases'),
});

export type BoardTables = ReturnType<typeof boardTables>;

type PostCounter = 'likeCount' | 'commentCount' | 'scrapCount' | 'reportCount' | 'anonymousSequence';
type CommentCounter = 'likeCount' | 'reportCount';

/** `count = count + delta` on a post row; the row must exist (a foreign key in SQL). */
export function bumpPost(tables: BoardTables, postId: string, counter: PostCounter, delta: number): number {
  const row = existing(tables.posts().get(postId), 'post', postId);
  const value = row[counter] + delta;
  tables.posts().set(postId, { ...row, [counter]: value });
  return value;
}

export function bumpComment(
  tables: BoardTables,
  commentId: string,
  counter: CommentCounter,
  delta: number,
): number {
  const row = existing(tables.comments().get(commentId), 'comment', commentId);
  const value = row[counter] + delta;
  tables.comments().set(commentId, { ...row, [counter]: value });
  return value;
}

/** What a SQL foreign key would refuse: a reaction to a row that does not exist. */
export function existing<Row>(row: Row | undefined, what: string, id: string): Row {
  if (!row) throw new Error(`No ${what} ${id} (foreign key).`);
  return row;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Runs `work` synchronously, so no other request can interleave with it (the memory version of
 * one SQL transaction), and hands its result or error back as a promise like a real store would.
 */
export function atomic<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
