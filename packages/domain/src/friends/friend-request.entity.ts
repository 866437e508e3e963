import type { FriendRequestId, UserId } from '../shared/ids.js';
import { CannotFriendSelf, FriendRequestNotFound } from './friends.errors.js';

export interface FriendRequestState {
  id: FriendRequestId;
  requesterId: UserId;
  addresseeId: UserId;
  createdAt: Date;
}

/**
 * `pending` → `accepted` (by the addressee), `declined` (by the addressee) or `cancelled` (by the
 * requester); the last three are final.
 */
export type FriendRequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

/**
 * A friend request and its state machine. Only pending requests are stored: leaving `pending`
 * deletes the row (an accept also adds the friendship in the same unit of work), so "one pending
 * request per pair" is a plain unique index on the canonical pair, which MySQL can enforce without
 * partial indexes, and a request that was already answered is simply not found.
 */
export class FriendRequest {
  private current: FriendRequestStatus = 'pending';

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
  get status(): FriendRequestStatus {
    return this.current;
  }

  /** Only the addressee accepts a pending request; to anyone else it does not exist. */
  assertAcceptableBy(userId: UserId): void {
    if (this.current !== 'pending' || userId !== this.state.addresseeId) throw new FriendRequestNotFound();
  }

  /** The addressee declines or the requester cancels; to anyone else it does not exist. */
  assertRemovableBy(userId: UserId): void {
    if (this.current !== 'pending') throw new FriendRequestNotFound();
    if (userId !== this.state.addresseeId && userId !== this.state.requesterId)
      throw new FriendRequestNotFound();
  }

  /**
   * pending → accepted. Returns the friendship it makes, seen from the addressee's side.
   * @throws FriendRequestNotFound for anyone but the addressee, or when no longer pending.
   */
  accept(by: UserId, now: Date): Friendship {
    this.assertAcceptableBy(by);
    this.current = 'accepted';
    return { userId: this.state.addresseeId, friendId: this.state.requesterId, since: now };
  }

  /**
   * pending → declined (by the addressee) or cancelled (by the requester): one API call, DELETE,
   * for both. @throws FriendRequestNotFound for anyone else, or when no longer pending.
   */
  dismiss(by: UserId): 'declined' | 'cancelled' {
    this.assertRemovableBy(by);
    this.current = by === this.state.addresseeId ? 'declined' : 'cancelled';
    return this.current;
  }

  snapshot(): FriendRequestState {
    return { ...this.state };
  }
}

/** A friendship is an unordered pair, stored in one canonical order so a unique index can hold it. */
export function friendPair(a: UserId, b: UserId): [low: UserId, high: UserId] {
  return a < b ? [a, b] : [b, a];
}

/**
 * A friendship is one unordered pair with the time it began, stored once under `friendPair`; this
 * is that pair seen from `userId`'s side, which is how every read wants it.
 */
export interface Friendship {
  userId: UserId;
  friendId: UserId;
  since: Date;
}
