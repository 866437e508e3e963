import {
  Session,
  SessionId,
  User,
  UserId,
  type RefreshTokenState,
  type SessionRepository,
  type SessionState,
  type UserRepository,
  type UserState,
} from '@campus/domain';
import { boardScopes } from './board-retirements.js';
import type { AfterCommit } from './after-commit.js';
import { retiringWrites, type Retirements } from './retiring-writes.js';
import type { ViewCache } from './view-cache.js';

const TTL_MS = { session: 60_000, user: 60_000 };

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export const identityScopes = {
  user: (id: string) => `scope:user:${id}`,
  session: (id: string) => `scope:session:${id}`,
};
const S = identityScopes;

/**
 * Which identity write retires which scopes. Nicknames show on the board's views, so a change of
 * nickname retires those too; a logout or a password change retires the sessions it revoked, so
 * a revoked session is refused on every instance once the write is answered.
 */
export function identityRetirements(users: UserRepository) {
  return {
    // `add` retires nothing: a new account's id is fresh, so no view of it was ever read.
    users: {
      save: {
        before: ([user]) => users.findById(user.id),
        retires: ([user], _, before) =>
          before instanceof User && before.nickname !== user.nickname
            ? [S.user(user.id), boardScopes.names]
            : [S.user(user.id)],
      },
    } satisfies Retirements<UserRepository>,
    sessions: {
      revoke: ([id]) => [S.session(id)],
      revokeAllOf: (_, revoked) => revoked.map((id) => S.session(id)),
    } satisfies Retirements<SessionRepository>,
  };
}

/**
 * Every authenticated request looks up its session and its user; these keep that off the
 * database. Both are versioned views (see `ViewCache`), retired by the writes of
 * `identityRetirements` once they commit.
 */
export class CachedSessionRepository implements SessionRepository {
  constructor(
    private readonly inner: SessionRepository,
    private readonly views: ViewCache,
  ) {}

  async findById(id: SessionId): Promise<Session | null> {
    const state = await this.views.read(
      { key: `view:session:${id}`, scopes: [S.session(id)] },
      TTL_MS.session,
      async () => (await this.inner.findById(id))?.snapshot() ?? null,
      (json) => reviveSession(JSON.parse(json) as Json<SessionState> | null),
    );
    return state && Session.rehydrate(state);
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

  revoke(id: SessionId, now: Date): Promise<void> {
    return this.inner.revoke(id, now);
  }
  revokeAllOf(userId: UserId, now: Date, keep?: SessionId): Promise<SessionId[]> {
    return this.inner.revokeAllOf(userId, now, keep);
  }
}

function reviveSession(raw: Json<SessionState> | null): SessionState | null {
  if (!raw) return null;
  return {
    id: SessionId(raw.id),
    userId: UserId(raw.userId),
    createdAt: new Date(raw.createdAt),
    revokedAt: raw.revokedAt === null ? null : new Date(raw.revokedAt),
  };
}

/** Users by id, for authentication. */
export class CachedUserRepository implements UserRepository {
  constructor(
    private readonly inner: UserRepository,
    private readonly views: ViewCache,
  ) {}

  add(user: User): Promise<void> {
    return this.inner.add(user);
  }

  save(user: User): Promise<boolean> {
    return this.inner.save(user);
  }

  async findById(id: UserId): Promise<User | null> {
    const state = await this.views.read(
      { key: `view:user:${id}`, scopes: [S.user(id)] },
      TTL_MS.user,
      async () => (await this.inner.findById(id))?.snapshot() ?? null,
      (json) => reviveUser(JSON.parse(json) as Json<UserState> | null),
    );
    return state && User.rehydrate(state);
  }

  findByUsername(username: string): Promise<User | null> {
    return this.inner.findByUsername(username);
  }

  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    return this.inner.findManyByIds(ids);
  }
}

function reviveUser(raw: Json<UserState> | null): UserState | null {
  if (!raw) return null;
  const date = (value: string | null | undefined) => (value == null ? null : new Date(value));
  return {
    ...(raw as unknown as UserState),
    joinedAt: new Date(raw.joinedAt),
    // Views stored before these fields existed have none: no verification, no restriction.
    verifiedAt: date(raw.verifiedAt),
    restrictedUntil: date(raw.restrictedUntil),
    restrictionReason: raw.restrictionReason ?? null,
  };
}

/** Users and sessions read from the view cache, their writes retiring them (`identityRetirements`). */
export function cacheIdentityStores(
  stores: { users: UserRepository; sessions: SessionRepository },
  views: ViewCache,
  uow: AfterCommit,
): { users: UserRepository; sessions: SessionRepository } {
  const retire = (scopes: readonly string[]) => views.retire(uow, scopes);
  const retires = identityRetirements(stores.users);
  return {
    users: retiringWrites(new CachedUserRepository(stores.users, views), retire, retires.users),
    sessions: retiringWrites(new CachedSessionRepository(stores.sessions, views), retire, retires.sessions),
  };
}
