import type { PostId, SessionId, UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';

/**
 * A random id that no account has and no other row shares: what a deleted account's kept rows
 * (posts, comments, likes, reports, reviews) are re-keyed to. Random, not time-ordered, so that
 * the ids of one deletion tell nothing of each other or of when it happened.
 */
export interface ErasedIds {
  next(): UserId;
}
export const ERASED_IDS: Token<ErasedIds> = token('ErasedIds');

/**
 * One feature's part of deleting an account, run inside the deletion's unit of work, before the
 * account's row goes: it deletes what belongs to the account alone and re-keys what stays (each
 * kept row to ids from `ids`, grouped only as the rows were already visibly tied), so that no
 * row points at the account any more. A feature that keeps data about members adds one step.
 */
export interface AccountErasure {
  erase(userId: UserId, ids: ErasedIds): Promise<void>;
}

/**
 * The board's step. It also names the posts the account liked, scrapped or reported, whose views
 * of the account's own flags on them are retired with it (see the adapters' cache).
 */
export interface BoardErasure extends AccountErasure {
  postsMarkedBy(userId: UserId): Promise<PostId[]>;
}

/** The account's own row and sessions, the step that closes a deletion. */
export interface AccountRemoval {
  /**
   * Takes the account's write lock for the rest of the unit of work (writes that name the account
   * wait for it, then find it gone), and answers whether it still exists.
   */
  claim(userId: UserId): Promise<boolean>;
  /** Whether an admin other than `userId` exists, read under the lock of the admins' rows. */
  hasOtherAdmin(userId: UserId): Promise<boolean>;
  /** Deletes the account's sessions, refresh and reset tokens and row; answers the sessions it ended. */
  remove(userId: UserId): Promise<SessionId[]>;
}
export const ACCOUNT_REMOVAL: Token<AccountRemoval> = token('AccountRemoval');

/** Each existing feature's erasure step; a later feature declares its own token beside its ports. */
export const BOARD_ERASURE: Token<BoardErasure> = token('BoardErasure');
export const COURSES_ERASURE: Token<AccountErasure> = token('CoursesErasure');
export const FRIENDS_ERASURE: Token<AccountErasure> = token('FriendsErasure');
export const TIMETABLES_ERASURE: Token<AccountErasure> = token('TimetablesErasure');
