import {
  AlreadyFriends,
  FriendRequest,
  FriendRequestExists,
  friendPair,
  type FriendRequestId,
  type FriendRequestRepository,
  type FriendRequestState,
  type UserId,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** The unique key of a pair, whoever asked: the SQL unique index on (user_low, user_high). */
export const pairKey = (a: UserId, b: UserId): string => friendPair(a, b).join('\u0000');

const oldestFirst = (a: FriendRequestState, b: FriendRequestState) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pending requests only; every method works synchronously, so it is atomic like one statement. */
export class InMemoryFriendRequestRepository implements FriendRequestRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private rows() {
    return this.db.table<FriendRequestState>('friend_requests');
  }

  add(request: FriendRequest): Promise<void> {
    const row = structuredClone(request.snapshot());
    const key = pairKey(row.requesterId, row.addresseeId);
    if (this.db.table('friendships').has(key)) return Promise.reject(new AlreadyFriends());
    for (const other of this.rows().values()) {
      if (pairKey(other.requesterId, other.addresseeId) === key)
        return Promise.reject(new FriendRequestExists());
    }
    this.rows().set(row.id, row);
    return Promise.resolve();
  }

  findById(id: FriendRequestId): Promise<FriendRequest | null> {
    const row = this.rows().get(id);
    return Promise.resolve(row ? FriendRequest.rehydrate(structuredClone(row)) : null);
  }

  findPending(requesterId: UserId, addresseeId: UserId): Promise<FriendRequest | null> {
    const row = [...this.rows().values()].find(
      (r) => r.requesterId === requesterId && r.addresseeId === addresseeId,
    );
    return Promise.resolve(row ? FriendRequest.rehydrate(structuredClone(row)) : null);
  }

  listIncoming(userId: UserId): Promise<FriendRequest[]> {
    return this.list((r) => r.addresseeId === userId);
  }

  listOutgoing(userId: UserId): Promise<FriendRequest[]> {
    return this.list((r) => r.requesterId === userId);
  }

  remove(id: FriendRequestId): Promise<boolean> {
    return Promise.resolve(this.rows().delete(id));
  }

  private list(keep: (row: FriendRequestState) => boolean): Promise<FriendRequest[]> {
    const rows = [...this.rows().values()].filter(keep).sort(oldestFirst);
    return Promise.resolve(rows.map((r) => FriendRequest.rehydrate(structuredClone(r))));
  }
}
