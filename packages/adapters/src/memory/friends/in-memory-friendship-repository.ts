import {
  AlreadyFriends,
  friendPair,
  type Friendship,
  type FriendRequestState,
  type FriendshipRepository,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { pairKey } from './in-memory-friend-request-repository.js';

interface FriendshipRow {
  low: UserId;
  high: UserId;
  since: Date;
}

/**
 * One row per unordered pair, keyed like the SQL primary key (user_low, user_high). Friends have
 * no pending request between them: adding a friendship removes any, in the same step.
 */
export class InMemoryFriendshipRepository implements FriendshipRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private rows() {
    return this.db.table<FriendshipRow>('friendships');
  }

  add(a: UserId, b: UserId, since: Date): Promise<void> {
    const key = pairKey(a, b);
    if (this.rows().has(key)) return Promise.reject(new AlreadyFriends());
    const [low, high] = friendPair(a, b);
    this.rows().set(key, { low, high, since: new Date(since) });
    const requests = this.db.table<FriendRequestState>('friend_requests');
    for (const [id, r] of requests) if (pairKey(r.requesterId, r.addresseeId) === key) requests.delete(id);
    return Promise.resolve();
  }

  remove(a: UserId, b: UserId): Promise<boolean> {
    return Promise.resolve(this.rows().delete(pairKey(a, b)));
  }

  /**
   * Nothing to wait for: every step here is synchronous, and the two that could race (a request
   * added while an accept makes the friendship) each check the other's table.
   */
  lockPair(): Promise<void> {
    return Promise.resolve();
  }

  areFriends(a: UserId, b: UserId): Promise<boolean> {
    return Promise.resolve(this.rows().has(pairKey(a, b)));
  }

  list(userId: UserId): Promise<Friendship[]> {
    const friendships = [...this.rows().values()]
      .filter((r) => r.low === userId || r.high === userId)
      .map((r) => ({ userId, friendId: r.low === userId ? r.high : r.low, since: new Date(r.since) }))
      .sort(
        (x, y) =>
          x.since.getTime() - y.since.getTime() ||
          (x.friendId < y.friendId ? -1 : x.friendId > y.friendId ? 1 : 0),
      );
    return Promise.resolve(friendships);
  }
}
