/// <reference types="mocha" />
import type { Cache, LoginAttemptStore } from '@campus/domain';
import { expect } from 'chai';

export interface CacheUnderTest {
  cache: Cache;
  /** Lets time pass for TTLs: a clock for in-process caches, a real wait for Redis. */
  advance(ms: number): Promise<void>;
  teardown?: () => Promise<void>;
}

/** What every Cache must do, in process or on Redis. */
export function cacheContract(name: string, setup: () => Promise<CacheUnderTest | null>): void {
  describe(`Cache contract (${name})`, function () {
    let t: CacheUnderTest;
    let n = 0;
    const key = () => `contract:${Date.now()}:${++n}`;

    beforeEach(async function () {
      const opened = await setup();
      if (!opened) return this.skip();
      t = opened;
    });
    afterEach(async () => {
      await t?.teardown?.();
    });

    it('sets, gets, overwrites and deletes', async () => {
      const [a, b] = [key(), key()];
      expect(await t.cache.get(a)).to.equal(null);
      await t.cache.set(a, 'one', 10_000);
      await t.cache.set(a, 'two', 10_000);
      await t.cache.set(b, '빵', 10_000);
      expect(await t.cache.getMany([a, key(), b])).to.deep.equal(['two', null, '빵']);
      await t.cache.delete([a, b]);
      expect(await t.cache.getMany([a, b])).to.deep.equal([null, null]);
      expect(await t.cache.getMany([])).to.deep.equal([]);
    });

    it('sets only when absent', async () => {
      const a = key();
      expect(await t.cache.setIfAbsent(a, 'first', 10_000)).to.equal(true);
      expect(await t.cache.setIfAbsent(a, 'second', 10_000)).to.equal(false);
      expect(await t.cache.get(a)).to.equal('first');
    });

    it('forgets an entry after its TTL', async () => {
      const a = key();
      await t.cache.set(a, 'brief', 50);
      await t.advance(120);
      expect(await t.cache.get(a)).to.equal(null);
    });

    it('answers ping', async () => {
      expect(await t.cache.ping()).to.equal(true);
    });
  });
}

export interface LoginAttemptsUnderTest {
  /** Two stores that should share what they record (two instances on one Redis), or one twice. */
  stores: [LoginAttemptStore, LoginAttemptStore];
  teardown?: () => Promise<void>;
}

export function loginAttemptStoreContract(
  name: string,
  setup: () => Promise<LoginAttemptsUnderTest | null>,
): void {
  describe(`LoginAttemptStore contract (${name})`, function () {
    let t: LoginAttemptsUnderTest;
    let n = 0;
    const T0 = Date.parse('2026-03-02T09:00:00.000Z');
    const at = (s: number) => new Date(T0 + s * 1000);

    beforeEach(async function () {
      const opened = await setup();
      if (!opened) return this.skip();
      t = opened;
    });
    afterEach(async () => {
      await t?.teardown?.();
    });

    it('counts failures within the window, across stores, and clears them', async () => {
      const user = `contract_user_${Date.now()}_${++n}`;
      const [a, b] = t.stores;
      await a.recordFailure(user, at(0), 600_000);
      await b.recordFailure(user, at(1), 600_000);
      await a.recordFailure(user, at(1), 600_000);
      expect((await b.recentFailures(user, at(-1))).map((d) => d.getTime())).to.deep.equal(
        [at(0), at(1), at(1)].map((d) => d.getTime()),
      );
      expect(await a.recentFailures(user, at(0))).to.have.length(2);
      await b.clear(user);
      expect(await a.recentFailures(user, at(-1))).to.deep.equal([]);
    });

    it('drops the failures that fall out of the window when a new one is recorded', async () => {
      const user = `contract_user_${Date.now()}_${++n}`;
      const [a, b] = t.stores;
      await a.recordFailure(user, at(0), 900_000);
      await a.recordFailure(user, at(10), 900_000);
      await b.recordFailure(user, at(905), 900_000);
      expect((await b.recentFailures(user, at(-1))).map((d) => d.getTime())).to.deep.equal(
        [at(10), at(905)].map((d) => d.getTime()),
      );
      expect(await a.recentFailures(user, at(10))).to.have.length(1);
    });
  });
}
