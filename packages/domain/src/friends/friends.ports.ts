import { token, type Token } from '../shared/token.js';
import type { FriendRequestId, UserId } from '../shared/ids.js';
import type { FriendRequest, Friendship } from './friend-request.entity.js';

/**
 * Holds pending requests only (see FriendRequest). SQL: a unique index on the canonical pair
 * (user_low, user_high) decides crossing and duplicate requests; an accept removes the request and
 * adds the friendship in one unit of work, so exactly one of two concurrent accepts succeeds.
 */
export interface FriendRequestRepository {
  /**
   * @throws FriendRequestExists when a request between the two (either direction) is pending;
   * AlreadyFriends when they are friends, judged on the latest committed state (so a request
   * racing the accept of a crossing one never outlives the friendship it made).
   */
  add(request: FriendRequest): Promise<void>;
  findById(id: FriendRequestId): Promise<FriendRequest | null>;
  /** The pending request from `requesterId` to `addresseeId`, if any. */
  findPending(requesterId: UserId, addresseeId: UserId): Promise<FriendRequest | null>;
  /** Requests to the user, oldest first by (createdAt, id). One statement. */
  listIncoming(userId: UserId): Promise<FriendRequest[]>;
  /** Requests from the user, oldest first by (createdAt, id). One statement. */
  listOutgoing(userId: UserId): Promise<FriendRequest[]>;
  /** Removes the request; false when it was already gone (a concurrent accept or decline). */
  remove(id: FriendRequestId): Promise<boolean>;
}
export const FRIEND_REQUEST_REPOSITORY: Token<FriendRequestRepository> = token('FriendRequestRepository');

/** One row per unordered pair, keyed by `friendPair(a, b)`: the primary key decides races. */
export interface FriendshipRepository {
  /**
   * Adds the friendship and removes any pending request between the two: friends have none.
   * @throws AlreadyFriends (a unique index on the canonical pair decides).
   */
  add(a: UserId, b: UserId, since: Date): Promise<void>;
  /** False when they were not friends. */
  remove(a: UserId, b: UserId): Promise<boolean>;
  /**
   * Makes every other unit of work that changes requests or friendship between the two wait
   * until the current one ends, so that each judges the state the previous one left (two crossing
   * requests, a request racing an accept). Call it first in the unit.
   */
  lockPair(a: UserId, b: UserId): Promise<void>;
  areFriends(a: UserId, b: UserId): Promise<boolean>;
  /** The user's friends, oldest friendship first by (since, friendId). One statement. */
  list(userId: UserId): Promise<Friendship[]>;
}
export const FRIENDSHIP_REPOSITORY: Token<FriendshipRepository> = token('FriendshipRepository');
