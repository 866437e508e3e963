import {
  AlreadyFriends,
  FriendRequest,
  FriendRequestExists,
  FriendRequestId,
  UserId,
  friendPair,
  type FriendRequestRepository,
  type Friendship,
  type FriendshipRepository,
} from '@campus/domain';
import { translateUnique } from '../errors.js';
import { toTime, type Sql } from '../sql.js';

interface RequestRow {
  id: string;
  requester_id: string;
  addressee_id: string;
  created_at: Date | string;
}

const toRequest = (row: RequestRow) =>
  FriendRequest.rehydrate({
    id: FriendRequestId(row.id),
    requesterId: UserId(row.requester_id),
    addresseeId: UserId(row.addressee_id),
    createdAt: toTime(row.created_at),
  });

export class SequelizeFriendRequestRepository implements FriendRequestRepository {
  constructor(private readonly sql: Sql) {}

  async add(request: FriendRequest): Promise<void> {
    const r = request.snapshot();
    const [low, high] = friendPair(r.requesterId, r.addresseeId);
    const friends = await this.sql.one(
      'SELECT 1 AS yes FROM friendships WHERE user_low = :low AND user_high = :high',
      { low, high },
    );
    if (friends) throw new AlreadyFriends();
    try {
      await this.sql.run(
        `INSERT INTO friend_requests (id, requester_id, addressee_id, user_low, user_high, created_at)
         VALUES (:id, :requesterId, :addresseeId, :low, :high, :createdAt)`,
        { ...r, low, high, createdAt: this.sql.time(r.createdAt) },
      );
    } catch (error) {
      translateUnique(error, [[/user_low|user_high|pair/, () => new FriendRequestExists()]]);
    }
  }

  async findById(id: FriendRequestId): Promise<FriendRequest | null> {
    const row = await this.sql.one<RequestRow>('SELECT * FROM friend_requests WHERE id = :id', { id });
    return row ? toRequest(row) : null;
  }

  async findPending(requesterId: UserId, addresseeId: UserId): Promise<FriendRequest | null> {
    const row = await this.sql.one<RequestRow>(
      'SELECT * FROM friend_requests WHERE requester_id = :requesterId AND addressee_id = :addresseeId',
      { requesterId, addresseeId },
    );
    return row ? toRequest(row) : null;
  }

  async listIncoming(userId: UserId): Promise<FriendRequest[]> {
    const rows = await this.sql.select<RequestRow>(
      'SELECT * FROM friend_requests WHERE addressee_id = :userId ORDER BY created_at, id',
      { userId },
    );
    return rows.map(toRequest);
  }

  async listOutgoing(userId: UserId): Promise<FriendRequest[]> {
    const rows = await this.sql.select<RequestRow>(
      'SELECT * FROM friend_requests WHERE requester_id = :userId ORDER BY created_at, id',
      { userId },
    );
    return rows.map(toRequest);
  }

  /** A DELETE's row count is not reported alike by both drivers, so the row is looked up under lock first. */
  async remove(id: FriendRequestId): Promise<boolean> {
    const found = await this.sql.one(`SELECT id FROM friend_requests WHERE id = :id${this.sql.forUpdate}`, {
      id,
    });
    if (!found) return false;
    await this.sql.run('DELETE FROM friend_requests WHERE id = :id', { id });
    return true;
  }
}

export class SequelizeFriendshipRepository implements FriendshipRepository {
  constructor(private readonly sql: Sql) {}

  async add(a: UserId, b: UserId, since: Date): Promise<void> {
    const [low, high] = friendPair(a, b);
    await this.sql.run('DELETE FROM friend_requests WHERE user_low = :low AND user_high = :high', {
      low,
      high,
    });
    try {
      await this.sql.run(
        'INSERT INTO friendships (user_low, user_high, since) VALUES (:low, :high, :since)',
        {
          low,
          high,
          since: this.sql.time(since),
        },
      );
    } catch (error) {
      translateUnique(error, [[/./, () => new AlreadyFriends()]]);
    }
  }

  async remove(a: UserId, b: UserId): Promise<boolean> {
    const [low, high] = friendPair(a, b);
    const found = await this.sql.one(
      `SELECT since FROM friendships WHERE user_low = :low AND user_high = :high${this.sql.forUpdate}`,
      { low, high },
    );
    if (!found) return false;
    await this.sql.run('DELETE FROM friendships WHERE user_low = :low AND user_high = :high', { low, high });
    return true;
  }

  /**
   * MySQL: the row of the pair's lower user, locked until the transaction ends (the pair's own
   * rows may not exist yet, and a missing row locks nothing under READ COMMITTED). One row, so
   * two pairs never wait for each other in opposite orders. SQLite: units already take turns.
   */
  async lockPair(a: UserId, b: UserId): Promise<void> {
    if (this.sql.dialect !== 'mysql') return;
    const [low] = friendPair(a, b);
    await this.sql.one(`SELECT id FROM users WHERE id = :low${this.sql.forUpdate}`, { low });
  }

  async areFriends(a: UserId, b: UserId): Promise<boolean> {
    const [low, high] = friendPair(a, b);
    return (
      (await this.sql.one('SELECT 1 AS yes FROM friendships WHERE user_low = :low AND user_high = :high', {
        low,
        high,
      })) !== null
    );
  }

  async list(userId: UserId): Promise<Friendship[]> {
    const rows = await this.sql.select<{ friend_id: string; since: Date | string }>(
      `SELECT user_high AS friend_id, since FROM friendships WHERE user_low = :userId
       UNION ALL SELECT user_low AS friend_id, since FROM friendships WHERE user_high = :userId
       ORDER BY since, friend_id`,
      { userId },
    );
    return rows.map((r) => ({ userId, friendId: UserId(r.friend_id), since: toTime(r.since) }));
  }
}
