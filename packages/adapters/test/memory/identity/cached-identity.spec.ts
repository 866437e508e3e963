import { expect } from 'chai';
import { Session, SessionId, UserId } from '@campus/domain';
import { ViewCache, cacheIdentityStores } from '../../../src/cache/index.js';
import {
  InMemoryDepartmentRepository,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  InProcessCache,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { FixedClock } from '../../../src/system/index.js';
import { sessionRepositoryContract, userRepositoryContract } from '../../../src/testing/index.js';

/** The identity stores behind the cache, as the server binds them. */
function cachedIdentity() {
  const db = new MemoryDatabase();
  const clock = new FixedClock();
  const views = new ViewCache(new InProcessCache(clock), clock);
  const store = { sessions: new InMemorySessionRepository(db), users: new InMemoryUserRepository(db) };
  const uow = new InMemoryUnitOfWork(db);
  return {
    store,
    ports: {
      schools: new InMemorySchoolRepository(db),
      departments: new InMemoryDepartmentRepository(db),
      ...cacheIdentityStores(store, views, uow),
      uow,
    },
  };
}

// Caching changes no answer: the stores' contracts hold behind it.
userRepositoryContract('cached', () => Promise.resolve(cachedIdentity().ports));
sessionRepositoryContract('cached', () => Promise.resolve(cachedIdentity().ports));

describe('identity behind the cache', () => {
  const at = (minutes: number) => new Date(Date.UTC(2025, 2, 1) + minutes * 60_000);

  it('given a cached session read many times, when it is revoked, then the next read is revoked, and no read shares its entity', async () => {
    const { store, ports } = cachedIdentity();
    const session = Session.create({ id: SessionId('s1'), userId: UserId('u1') }, at(0));
    await store.sessions.create(session, {
      hash: 'h',
      sessionId: session.id,
      issuedAt: at(0),
      expiresAt: at(60),
      usedAt: null,
    });

    const first = await ports.sessions.findById(session.id);
    const second = await ports.sessions.findById(session.id);
    expect(first?.isActive()).to.equal(true);
    expect(second).not.to.equal(first);
    first?.revoke(at(1)); // a use case changing its own entity changes no one else's
    expect((await ports.sessions.findById(session.id))?.isActive()).to.equal(true);

    await ports.sessions.revoke(session.id, at(2));
    const after = await ports.sessions.findById(session.id);
    expect(after?.isActive()).to.equal(false);
    expect(after?.snapshot().revokedAt).to.deep.equal(at(2));
  });

  it('given cached sessions of a user, when all but one are revoked, then each reads back as stored, its creation time included', async () => {
    const { store, ports } = cachedIdentity();
    const sessions = ['s1', 's2', 's3'].map((id, i) =>
      Session.create({ id: SessionId(id), userId: UserId('u1') }, at(i)),
    );
    for (const session of sessions) {
      await store.sessions.create(session, {
        hash: `h${session.id}`,
        sessionId: session.id,
        issuedAt: at(0),
        expiresAt: at(60),
        usedAt: null,
      });
      expect((await ports.sessions.findById(session.id))?.isActive()).to.equal(true);
    }

    const revoked = await ports.uow.run(() =>
      ports.sessions.revokeAllOf(UserId('u1'), at(30), SessionId('s3')),
    );
    expect([...revoked].sort()).to.deep.equal(['s1', 's2']);
    for (const session of sessions) {
      const read = await ports.sessions.findById(session.id);
      const stored = await store.sessions.findById(session.id);
      // Nothing made up for the cache: a revoked session keeps the creation time it was stored with.
      expect(read?.snapshot()).to.deep.equal(stored?.snapshot());
      expect(read?.snapshot().createdAt).to.deep.equal(session.snapshot().createdAt);
    }
    expect((await ports.sessions.findById(SessionId('s1')))?.snapshot().revokedAt).to.deep.equal(at(30));
  });
});
