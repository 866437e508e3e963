import {
  AlreadyFriends,
  FriendRequest,
  FriendRequestExists,
  friendPair,
  type FriendRequestId,
  type FriendRequestRepository,
  type FriendRequestState,
  type Friendship,
  type FriendshipRepository,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

const pairKey = (a: UserId, b: UserId) => friendPair(a, b).join('\u0000');
const oldestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);

export class InMemoryFriendRequestRepository implements FriendRequestRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<FriendRequestState>('friend_requests');
  }

  /** One pending request per unordered pair, as the SQL unique index on the canonical pair. */
  add(request: FriendRequest): Promise<void> {
    const row = request.snapshot();
    const key = pairKey(row.requesterId, row.addresseeId);
    for (const other of this.rows.values()) {
      if (pairKey(other.requesterId, other.addresseeId) === key)
        return Promise.reject(new FriendRequestExists());
    }
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: FriendRequestId): Promise<FriendRequest | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? FriendRequest.rehydrate(row) : null);
  }

  findPending(requesterId: UserId, addresseeId: UserId): Promise<FriendRequest | null> {
    const row = [...this.rows.values()].find(
      (r) => r.requesterId === requesterId && r.addresseeId === addresseeId,
    );
    return Promise.resolve(row ? FriendRequest.rehydrate(row) : null);
  }

  listIncoming(userId: UserId): Promise<FriendRequest[]> {
    return this.list((r) => r.addresseeId === userId);
  }

  listOutgoing(userId: UserId): Promise<FriendRequest[]> {
    return this.list((r) => r.requesterId === userId);
  }

  remove(id: FriendRequestId): Promise<boolean> {
    return Promise.resolve(this.rows.delete(id));
  }

  private list(keep: (row: FriendRequestState) => boolean): Promise<FriendRequest[]> {
    return Promise.resolve(
      [...this.rows.values()]
        .filter(keep)
        .sort(oldestFirst)
        .map((r) => FriendRequest.rehydrate(r)),
    );
  }
}

interface FriendshipRow {
  low: UserId;
  high: UserId;
  since: Date;
}

export class InMemoryFriendshipRepository implements FriendshipRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<FriendshipRow>('friendships');
  }

  add(a: UserId, b: UserId, since: Date): Promise<void> {
    const key = pairKey(a, b);
    if (this.rows.has(key)) return Promise.reject(new AlreadyFriends());
    const [low, high] = friendPair(a, b);
    this.rows.set(key, { low, high, since });
    return Promise.resolve();
  }

  remove(a: UserId, b: UserId): Promise<boolean> {
    return Promise.resolve(this.rows.delete(pairKey(a, b)));
  }

  areFriends(a: UserId, b: UserId): Promise<boolean> {
    return Promise.resolve(this.rows.has(pairKey(a, b)));
  }

  list(userId: UserId): Promise<Friendship[]> {
    const rows = [...this.rows.values()]
      .filter((r) => r.low === userId || r.high === userId)
      .sort((x, y) => x.since.getTime() - y.since.getTime());
    return Promise.resolve(
      rows.map((r) => ({ userId, friendId: r.low === userId ? r.high : r.low, since: r.since })),
    );
  }
}
