import { token, type Token } from '../shared/token.js';
import type { BoardId, CommentId, PostId, SchoolId, UserId } from '../shared/ids.js';
import type { Board } from './board.entity.js';
import type { ReportReason } from './board.values.js';
import type { Comment } from './comment.entity.js';
import type { Post } from './post.entity.js';

/*
 * Write ports of the board. Every method is atomic on its own (its own transaction, or the
 * caller's `UnitOfWork`). Uniqueness is decided by the store (a unique index), never by a read
 * before the write, and counters are changed by relative updates (`count = count + 1`), never by
 * writing back a value read earlier, so concurrent requests cannot lose or double an update.
 */

export interface BoardRepository {
  /** Inserts or updates. @throws BoardExists when the school has a board by that exact name. */
  save(board: Board): Promise<void>;
  findById(id: BoardId): Promise<Board | null>;
  /** Oldest first, by (createdAt, id). */
  listBySchool(schoolId: SchoolId): Promise<Board[]>;
}
export const BOARD_REPOSITORY: Token<BoardRepository> = token('BoardRepository');

/** A post as a commenter finds it: with the 익명 number they already hold on it, null for none yet. */
export interface PostForCommenter {
  post: Post;
  heldNumber: number | null;
}

export interface PostRepository {
  /**
   * Inserts a new post (as given: counters zero), or updates an existing one's title, content,
   * updatedAt and deletedAt. An update never writes counters, the anonymous sequence, hotAt,
   * hiddenAt or lockedAt, so a stale entity cannot undo them; and it is written only while the
   * stored post is still what the rules for editing and deleting judged: not deleted, and locked
   * (a question someone else has commented on) exactly when the entity is. Returns whether it was
   * written: false means the post changed since it was read, and must be read and judged again.
   */
  save(post: Post): Promise<boolean>;
  /** Deleted and hidden posts included: visibility is the caller's rule. */
  findById(id: PostId): Promise<Post | null>;
  /**
   * The post, as `findById` finds it, with the 익명 number the user already holds on it (null for
   * none yet): what a comment needs, in one read. A number once held never changes, so it may be
   * used in a later unit of work; a null may be stale by then, which `AnonymousAliasRepository.assign`
   * allows for.
   */
  findForCommenter(id: PostId, userId: UserId): Promise<PostForCommenter | null>;
  /** Sets hotAt to `at` unless it is already set. */
  markHot(id: PostId, at: Date): Promise<void>;
  /** Sets hiddenAt to `at` unless it is already set. */
  markHidden(id: PostId, at: Date): Promise<void>;
  /** Clears hiddenAt (an admin restored the post); returns whether it was hidden. */
  markShown(id: PostId): Promise<boolean>;
  /** Sets lockedAt (question locked) to `at` unless it is already set. */
  markLocked(id: PostId, at: Date): Promise<void>;
}
export const POST_REPOSITORY: Token<PostRepository> = token('PostRepository');

export interface CommentRepository {
  /**
   * Inserts a new comment and adds one to its post's commentCount, atomically, while the post is
   * not deleted: returns false, writing nothing, once it is (a deletion that won the race).
   */
  add(comment: Comment): Promise<boolean>;
  /** Deleted and hidden comments included. */
  findById(id: CommentId): Promise<Comment | null>;
  /** Writes an existing comment's content and updatedAt; nothing else. */
  update(comment: Comment): Promise<void>;
  /**
   * Sets deletedAt unless already set, and takes one off the post's commentCount if the comment
   * was live (neither deleted nor hidden). Returns whether this call deleted it.
   */
  markDeleted(id: CommentId, at: Date): Promise<boolean>;
  /** Sets hiddenAt unless already set, with the same commentCount rule. Returns whether this call hid it. */
  markHidden(id: CommentId, at: Date): Promise<boolean>;
  /**
   * Clears hiddenAt (an admin restored the comment), adding one back to the post's commentCount
   * when the comment is not deleted. Returns whether this call showed it.
   */
  markShown(id: CommentId): Promise<boolean>;
}
export const COMMENT_REPOSITORY: Token<CommentRepository> = token('CommentRepository');

/**
 * 익명N numbers: one per (post, user), handed out from the post's anonymousSequence. Stored, so
 * reads never recompute them and deleting comments cannot shift them.
 */
export interface AnonymousAliasRepository {
  /** The user's number on the post; the first call for a pair takes the post's next number. */
  numberFor(postId: PostId, userId: UserId): Promise<number>;
  /**
   * `numberFor` for a user who held no number when last read (see `PostRepository.findForCommenter`):
   * takes the post's next number without reading first, and gives the user's own if they took one since.
   */
  assign(postId: PostId, userId: UserId): Promise<number>;
}
export const ANONYMOUS_ALIAS_REPOSITORY: Token<AnonymousAliasRepository> = token('AnonymousAliasRepository');

export interface PostLikeRepository {
  /** Records the like (unique per post and user) and returns the post's new likeCount. @throws AlreadyLiked */
  add(postId: PostId, userId: UserId, at: Date): Promise<number>;
}
export const POST_LIKE_REPOSITORY: Token<PostLikeRepository> = token('PostLikeRepository');

export interface CommentLikeRepository {
  /** Records the like and returns the comment's new likeCount. @throws AlreadyLiked */
  add(commentId: CommentId, userId: UserId, at: Date): Promise<number>;
}
export const COMMENT_LIKE_REPOSITORY: Token<CommentLikeRepository> = token('CommentLikeRepository');

export interface PostScrapRepository {
  /** Idempotent: scraps the post unless already scrapped. Returns the post's scrapCount. */
  add(postId: PostId, userId: UserId, at: Date): Promise<number>;
  /** Idempotent: removes the scrap if there is one. Returns the post's scrapCount. */
  remove(postId: PostId, userId: UserId): Promise<number>;
}
export const POST_SCRAP_REPOSITORY: Token<PostScrapRepository> = token('PostScrapRepository');

export interface PostReportRepository {
  /** Records the report (one per post and user); returns the post's new reportCount. @throws AlreadyReported */
  add(postId: PostId, userId: UserId, reason: ReportReason, at: Date): Promise<number>;
}
export const POST_REPORT_REPOSITORY: Token<PostReportRepository> = token('PostReportRepository');

export interface CommentReportRepository {
  /** Records the report; returns the comment's new reportCount. @throws AlreadyReported */
  add(commentId: CommentId, userId: UserId, reason: ReportReason, at: Date): Promise<number>;
}
export const COMMENT_REPORT_REPOSITORY: Token<CommentReportRepository> = token('CommentReportRepository');
