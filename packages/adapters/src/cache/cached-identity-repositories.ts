import {
  Session,
  SessionId,
  User,
  UserId,
  type Cache,
  type RefreshTokenState,
  type SessionRepository,
  type SessionState,
  type UserRepository,
  type UserState,
} from '@campus/domain';
import { LRUCache } from 'lru-cache';

// Short: if Redis fails while a revocation is written, another instance may trust its entry this long.
const SESSION_TTL_MS = 15_000;
const USER_TTL_MS = 60_000;

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/**
 * The states last decoded from the cache, by key: every request of a session reads the same JSON
 * for its session and its user, and parsing it again was most of what authentication cost with
 * the cache warm. States are kept frozen, and every read still gets an entity of its own.
 */
class DecodedStates<S extends object> {
  private readonly byKey: LRUCache<string, { json: string; state: Readonly<S> }>;

  constructor(
    private readonly decode: (json: string) => S,
    capacity = 10_000,
  ) {
    this.byKey = new LRUCache({ max: capacity });
  }

  get(key: string, json: string): Readonly<S> {
    const known = this.byKey.get(key);
    if (known?.json === json) return known.state;
    const state = Object.freeze(this.decode(json));
    this.byKey.set(key, { json, state });
    return state;
  }
}

/**
 * Every authenticated request looks up its session; this keeps that off the database. The
 * database stays the source of truth: a revocation writes the database first, then overwrites the
 * cached entry with the revoked state, and an entry read from the database is only added if none
 * is there (SET NX), so a stale "live" can never replace a fresh "revoked". Shared through Redis,
 * a logout on one instance is refused on every other at once.
 */
export class CachedSessionRepository implements SessionRepository {
  private readonly decoded = new DecodedStates((json) =>
    reviveSession(JSON.parse(json) as Json<SessionState>),
  );

  constructor(
    private readonly inner: SessionRepository,
    private readonly cache: Cache,
    /** Revoked entries must outlive every access token that names them. */
    private readonly revokedTtlMs: number,
  ) {}

  private key(id: string): string {
    return `session:${id}`;
  }

  async findById(id: SessionId): Promise<Session | null> {
    const cached = await this.cache.get(this.key(id));
    if (cached) return Session.rehydrate(this.decoded.get(id, cached));
    const session = await this.inner.findById(id);
    if (session)
      await this.cache.setIfAbsent(this.key(id), JSON.stringify(session.snapshot()), SESSION_TTL_MS);
    return session;
  }

  create(session: Session, token: RefreshTokenState): Promise<void> {
    return this.inner.create(session, token);
  }

  findToken(hash: string): Promise<RefreshTokenState | null> {
    return this.inner.findToken(hash);
  }

  rotate(oldHash: string, next: RefreshTokenState, now: Date): Promise<boolean> {
    return this.inner.rotate(oldHash, next, now);
  }

  addToken(token: RefreshTokenState): Promise<void> {
    return this.inner.addToken(token);
  }

  async revoke(id: SessionId, now: Date): Promise<void> {
    await this.inner.revoke(id, now);
    const session = await this.inner.findById(id);
    if (session) await this.cache.set(this.key(id), JSON.stringify(session.snapshot()), this.revokedTtlMs);
  }

  async revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    const revoked = await this.inner.revokeAllOf(userId, now, keep);
    await Promise.all(
      revoked.map((id) =>
        this.cache.set(
          this.key(id),
          JSON.stringify({ id, userId, createdAt: now, revokedAt: now }),
          this.revokedTtlMs,
        ),
      ),
    );
    return revoked;
  }
}

function reviveSession(raw: Json<SessionState>): SessionState {
  return {
    id: SessionId(raw.id),
    userId: UserId(raw.userId),
    createdAt: new Date(raw.createdAt),
    revokedAt: raw.revokedAt === null ? null : new Date(raw.revokedAt),
  };
}

/** Users by id, for authentication; any save drops the entry, on every instance sharing the cache. */
export class CachedUserRepository implements UserRepository {
  private readonly decoded = new DecodedStates((json) => reviveUser(JSON.parse(json) as Json<UserState>));

  constructor(
    private readonly inner: UserRepository,
    private readonly cache: Cache,
  ) {}

  private key(id: string): string {
    return `user:${id}`;
  }

  async save(user: User): Promise<void> {
    await this.inner.save(user);
    await this.cache.delete([this.key(user.id)]);
  }

  async findById(id: UserId): Promise<User | null> {
    const cached = await this.cache.get(this.key(id));
    if (cached) return User.rehydrate(this.decoded.get(id, cached));
    const user = await this.inner.findById(id);
    if (user) await this.cache.setIfAbsent(this.key(id), JSON.stringify(user.snapshot()), USER_TTL_MS);
    return user;
  }

  findByUsername(username: string): Promise<User | null> {
    return this.inner.findByUsername(username);
  }

  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    return this.inner.findManyByIds(ids);
  }
}

function reviveUser(raw: Json<UserState>): UserState {
  return { ...(raw as unknown as UserState), joinedAt: new Date(raw.joinedAt) };
}
