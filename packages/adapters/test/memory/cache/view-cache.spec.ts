import { expect } from 'chai';
import { InMemoryUnitOfWork, InProcessCache, MemoryDatabase } from '../../../src/memory/index.js';
import { GENERATION, ViewCache, type View } from '../../../src/cache/view-cache.js';
import { FixedClock } from '../../../src/system/index.js';

describe('ViewCache', () => {
  const view: View = { key: 'view:thing', scopes: ['scope:a', 'scope:b'] };
  let cache: InProcessCache;
  let clock: FixedClock;
  let views: ViewCache;
  let uow: InMemoryUnitOfWork;
  let loads: number;
  let stored: { n: number; at: string };
  const load = () => {
    loads += 1;
    return Promise.resolve({ ...stored });
  };
  const decode = (json: string) => JSON.parse(json) as { n: number; at: string };

  /** Records the key of every call of the cache's `method` from now on. */
  const keysSentTo = <M extends 'set' | 'setIfAbsent'>(method: M) => {
    const keys: string[] = [];
    const inner = cache[method].bind(cache) as InProcessCache[M];
    cache[method] = ((key: string, value: string, ttlMs: number) => {
      keys.push(key);
      return inner(key, value, ttlMs);
    }) as InProcessCache[M];
    return keys;
  };

  beforeEach(() => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    cache = new InProcessCache(clock);
    views = new ViewCache(cache, clock);
    uow = new InMemoryUnitOfWork(new MemoryDatabase());
    loads = 0;
    stored = { n: 1, at: 'then' };
  });

  it('given a view read once, when read again, then it is served decoded once, shared and frozen', async () => {
    await views.read(view, 60_000, load, decode);
    const first = await views.read(view, 60_000, load, decode);
    const second = await views.read(view, 60_000, load, decode);
    expect(loads).to.equal(1);
    expect(second).to.equal(first);
    expect(Object.isFrozen(first)).to.equal(true);
    expect(first).to.deep.equal({ n: 1, at: 'then' });
  });

  it('tells an onLookup observer of every view looked up and whether it was a hit', async () => {
    const seen: [string, boolean][] = [];
    const observed = new ViewCache(cache, clock, { onLookup: (v, hit) => seen.push([v.key, hit]) });
    await observed.read(view, 60_000, load, decode);
    await observed.read(view, 60_000, load, decode);
    await uow.run(() => observed.retire(uow, ['scope:a']));
    await observed.read(view, 60_000, load, decode);
    expect(seen).to.deep.equal([
      ['view:thing', false],
      ['view:thing', true],
      ['view:thing', false],
    ]);
  });

  it('given a cached view, when any one of its scopes is retired, then the next read loads again', async () => {
    await views.read(view, 60_000, load, decode);
    stored = { n: 2, at: 'now' };
    await uow.run(() => views.retire(uow, ['scope:b']));
    expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 2, at: 'now' });
    expect(loads).to.equal(2);
    await views.retire(uow, ['scope:unrelated']);
    await views.read(view, 60_000, load, decode);
    expect(loads).to.equal(2);
  });

  it('given a retirement inside a unit that rolls back, then the cached view stays served', async () => {
    await views.read(view, 60_000, load, decode);
    const failed = uow.run(async () => {
      await views.retire(uow, ['scope:a']);
      throw new Error('boom');
    });
    expect(
      await failed.then(
        () => null,
        (e: unknown) => (e as Error).message,
      ),
    ).to.equal('boom');
    await views.read(view, 60_000, load, decode);
    expect(loads).to.equal(1);
  });

  it('given an entry stamped with other versions, then it is a miss, not a hit', async () => {
    await views.read(view, 60_000, load, decode);
    await cache.set('scope:a', 'someone-else', 60_000);
    await views.read(view, 60_000, load, decode);
    expect(loads).to.equal(2);
  });

  describe('misses at the same time', () => {
    /** A load that answers what is stored when it starts, once `release` is called. */
    const held = () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      return {
        release,
        load: async () => {
          const value = await load();
          await gate;
          return value;
        },
      };
    };

    it('given five readers missing one view together, then the database is read once and all get the same frozen value', async () => {
      const slow = held();
      const reads = Array.from({ length: 5 }, () => views.read(view, 60_000, slow.load, decode));
      await new Promise((r) => setTimeout(r, 5));
      slow.release();
      const values = await Promise.all(reads);
      expect(loads).to.equal(1);
      expect(values.every((v) => v === values[0])).to.equal(true);
      expect(Object.isFrozen(values[0])).to.equal(true);
      expect(values[0]).to.deep.equal({ n: 1, at: 'then' });
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 1, at: 'then' });
      expect(loads).to.equal(1);
    });

    it('given two views of one scope missed together, then the scope is pinned once', async () => {
      const pins = keysSentTo('setIfAbsent');
      const other: View = { key: 'view:other', scopes: ['scope:a'] };
      await Promise.all([views.read(view, 60_000, load, decode), views.read(other, 60_000, load, decode)]);
      expect(pins.sort()).to.deep.equal(['scope:a', 'scope:b', GENERATION]);
      expect(loads).to.equal(2);
    });

    it('given a read under way when a write retires its scope, then a reader after the write does not join it and gets the new value', async () => {
      const slow = held();
      const before = views.read(view, 60_000, slow.load, decode); // reads n: 1, answers later
      await new Promise((r) => setTimeout(r, 5));
      stored = { n: 2, at: 'now' };
      await uow.run(() => views.retire(uow, ['scope:a']));
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 2, at: 'now' });
      slow.release();
      expect(await before).to.deep.equal({ n: 1, at: 'then' });
      // The late read stored its answer over the new one, under the retired stamp: a miss, never stale.
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 2, at: 'now' });
      expect(loads).to.equal(3);
    });
  });

  describe('views this process has seen', () => {
    let asked: string[];
    // The process's own clock, apart from the cache's, so that only what the process keeps ages.
    let own: FixedClock;
    beforeEach(() => {
      asked = [];
      const getMany = cache.getMany.bind(cache);
      cache.getMany = (keys) => {
        asked.push(...keys);
        return getMany(keys);
      };
      own = new FixedClock('2026-03-02T09:00:00.000Z');
      views = new ViewCache(cache, own);
    });

    it('given an unchanged view, when read again, then only the versions are asked for', async () => {
      await views.read(view, 60_000, load, decode);
      asked = [];
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 1, at: 'then' });
      expect(asked).to.deep.equal([GENERATION, 'scope:a', 'scope:b']);
      expect(loads).to.equal(1);
    });

    it('given a view stored by another process, then it is fetched once, and found after a retirement by either', async () => {
      const other = new ViewCache(cache, own);
      await other.read(view, 60_000, load, decode);
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 1, at: 'then' });
      expect(loads).to.equal(1);
      stored = { n: 2, at: 'now' };
      await uow.run(() => other.retire(uow, ['scope:a']));
      expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n: 2, at: 'now' });
      expect(await other.read(view, 60_000, load, decode)).to.deep.equal({ n: 2, at: 'now' });
      expect(loads).to.equal(2);
    });

    it('given a view past the TTL it was stored with, then this process asks the cache for it again', async () => {
      await views.read(view, 60_000, load, decode);
      own.advance(59_999);
      await views.read(view, 60_000, load, decode);
      expect(loads).to.equal(1);
      own.advance(1);
      asked = [];
      await views.read(view, 60_000, load, decode);
      expect(asked).to.have.length(4);
      expect(asked[3]).to.equal('view:thing');
    });

    it('given a view read under three versions, then it was stored at one key, each version overwriting the last', async () => {
      const written = keysSentTo('set');
      for (let n = 1; n <= 3; n++) {
        stored = { n, at: 'now' };
        expect(await views.read(view, 60_000, load, decode)).to.deep.equal({ n, at: 'now' });
        await uow.run(() => views.retire(uow, ['scope:a']));
      }
      expect(written).to.deep.equal(['view:thing', 'view:thing', 'view:thing']);
    });

    it('given more JSON than the process keeps, then the oldest view is asked of the cache again', async () => {
      views = new ViewCache(cache, own, { keep: { views: 10, chars: 50 } });
      const [a, b, c] = ['a', 'b', 'c'].map((name): View => ({
        key: `view:${name}`,
        scopes: [`scope:${name}`],
      }));
      for (const each of [a, b, c]) await views.read(each!, 60_000, load, decode); // 20 characters each
      asked = [];
      await views.read(b!, 60_000, load, decode);
      await views.read(c!, 60_000, load, decode);
      expect(asked).to.deep.equal([GENERATION, 'scope:b', GENERATION, 'scope:c']);
      await views.read(a!, 60_000, load, decode);
      expect(asked.slice(4)).to.have.length(3);
      expect(asked[6]).to.equal('view:a');
      expect(loads).to.equal(3);
    });
  });
});
