import type { FriendRequestId, UserId } from '../shared/ids.js';
import { CannotFriendSelf, FriendRequestNotFound } from './friends.errors.js';

export interface FriendRequestState {
  id: FriendRequestId;
  requesterId: UserId;
  addresseeId: UserId;
  createdAt: Date;
}

/**
 * A pending friend request. It lives only while pending: accepting turns it into a friendship,
 * declining or cancelling removes it, so one pending request per pair is a unique index.
 */
export class FriendRequest {
  private constructor(private readonly state: FriendRequestState) {}

  static create(input: Omit<FriendRequestState, 'createdAt'>, now: Date): FriendRequest {
    if (input.requesterId === input.addresseeId) throw new CannotFriendSelf();
    return new FriendRequest({ ...input, createdAt: now });
  }

  static rehydrate(state: FriendRequestState): FriendRequest {
    return new FriendRequest({ ...state });
  }

  get id(): FriendRequestId {
    return this.state.id;
  }
  get requesterId(): UserId {
    return this.state.requesterId;
  }
  get addresseeId(): UserId {
    return this.state.addresseeId;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Only the addressee accepts; to anyone else the request does not exist. */
  assertAcceptableBy(userId: UserId): void {
    if (userId !== this.state.addresseeId) throw new FriendRequestNotFound();
  }

  /** The addressee declines or the requester cancels; to anyone else it does not exist. */
  assertRemovableBy(userId: UserId): void {
    if (userId !== this.state.addresseeId && userId !== this.state.requesterId)
      throw new FriendRequestNotFound();
  }

  snapshot(): FriendRequestState {
    return { ...this.state };
  }
}

/** A friendship is an unordered pair, stored in one canonical order so a unique index can hold it. */
export function friendPair(a: UserId, b: UserId): [low: UserId, high: UserId] {
  return a < b ? [a, b] : [b, a];
}

export interface Friendship {
  userId: UserId;
  friendId: UserId;
  since: Date;
}
