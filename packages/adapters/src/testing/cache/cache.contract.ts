/// <reference types="mocha" />
import { randomUUID } from 'node:crypto';
import type { Cache } from '../../cache/cache.port.js';
import { expect } from 'chai';

export interface CacheUnderTest {
  cache: Cache;
  /**
   * Lets `ms` pass for TTLs: a controllable clock's advance for an in-process cache. Without it
   * the suite really waits, as it must for Redis.
   */
  advance?: (ms: number) => Promise<void> | void;
  teardown?: () => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What every Cache must do, in process or on Redis. `setup` runs before each test and answers
 * null to skip (a service that is not there; see redisTestUrl). Keys are unique per run and test,
 * so a shared Redis needs no flushing.
 */
export function cacheContract(name: string, setup: () => Promise<CacheUnderTest | null>): void {
  describe(`Cache contract (${name})`, function () {
    let t: CacheUnderTest | null = null;
    let n = 0;
    const run = randomUUID().slice(0, 8);
    const key = () => `contract:${run}:${++n}`;
    const advance = async (ms: number) => (t?.advance ? t.advance(ms) : wait(ms));

    beforeEach(async function () {
      t = await setup();
      if (!t) this.skip();
    });
    afterEach(async () => {
      await t?.teardown?.();
      t = null;
    });
    const cache = () => t!.cache;

    it('given nothing stored, when read, then a miss', async () => {
      expect(await cache().get(key())).to.equal(null);
      expect(await cache().getMany([key(), key()])).to.deep.equal([null, null]);
      expect(await cache().getMany([])).to.deep.equal([]);
    });

    it('given values set and overwritten, when read one by one or many at once, then the last value in key order', async () => {
      const [a, b] = [key(), key()];
      await cache().set(a, 'one', 10_000);
      await cache().set(a, 'two', 10_000);
      await cache().set(b, '빵 🍞 "quoted"\n', 10_000);
      expect(await cache().get(a)).to.equal('two');
      expect(await cache().getMany([b, key(), a, b])).to.deep.equal([
        '빵 🍞 "quoted"\n',
        null,
        'two',
        '빵 🍞 "quoted"\n',
      ]);
    });

    it('given stored keys, when some are deleted (with unknown ones), then only those are gone', async () => {
      const [a, b, c] = [key(), key(), key()];
      await Promise.all([a, b, c].map((k) => cache().set(k, k, 10_000)));
      await cache().delete([a, c, key()]);
      await cache().delete([]);
      expect(await cache().getMany([a, b, c])).to.deep.equal([null, b, null]);
    });

    it('given a key, when set only if absent twice, then the first wins and the second answers false', async () => {
      const a = key();
      expect(await cache().setIfAbsent(a, 'first', 10_000)).to.equal(true);
      expect(await cache().setIfAbsent(a, 'second', 10_000)).to.equal(false);
      expect(await cache().get(a)).to.equal('first');
    });

    it('given eight concurrent setIfAbsent on one key, when they race, then exactly one wins', async () => {
      const a = key();
      const wins = await Promise.all(
        [...Array(8).keys()].map((i) => cache().setIfAbsent(a, `v${i}`, 10_000)),
      );
      expect(wins.filter(Boolean)).to.have.length(1);
      expect(await cache().get(a)).to.equal(`v${wins.indexOf(true)}`);
    });

    it('given a short TTL, when it passes, then the entry is gone and can be set only-if-absent again', async () => {
      const [brief, lasting] = [key(), key()];
      await cache().set(brief, 'brief', 60);
      await cache().set(lasting, 'lasting', 10_000);
      expect(await cache().get(brief)).to.equal('brief');
      await advance(150);
      expect(await cache().getMany([brief, lasting])).to.deep.equal([null, 'lasting']);
      expect(await cache().setIfAbsent(brief, 'again', 10_000)).to.equal(true);
    });

    it('given an entry, when overwritten with a new TTL, then the new TTL counts', async () => {
      const a = key();
      await cache().set(a, 'short', 60);
      await cache().set(a, 'long', 10_000);
      await advance(150);
      expect(await cache().get(a)).to.equal('long');
    });

    it('given a working store, when pinged, then true', async () => {
      expect(await cache().ping()).to.equal(true);
    });
  });
}
