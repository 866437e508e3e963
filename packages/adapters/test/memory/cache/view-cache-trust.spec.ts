import { expect } from 'chai';
import type { CheckedCache } from '../../../src/cache/checked-cache.js';
import { GENERATION, ViewCache, type View } from '../../../src/cache/view-cache.js';
import { InMemoryUnitOfWork, InProcessCache, MemoryDatabase } from '../../../src/memory/index.js';
import { FixedClock } from '../../../src/system/index.js';

/** An in-process cache whose confirmations and fault count a test controls, as Redis's would vary. */
class FlakyCache extends InProcessCache implements CheckedCache {
  confirms = true;
  override faults = 0;
  override async deleteChecked(keys: readonly string[]): Promise<boolean> {
    return this.confirms && (await super.deleteChecked(keys));
  }
  override async setChecked(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.confirms && (await super.setChecked(key, value, ttlMs));
  }
}

describe('ViewCache: what it trusts after a fault or a lost retirement', () => {
  const view: View = { key: 'view:thing', scopes: ['scope:a'] };
  let clock: FixedClock;
  let cache: FlakyCache;
  let mine: ViewCache;
  let other: ViewCache;
  let uow: InMemoryUnitOfWork;
  let stored: number;
  let loads: number;
  const load = () => {
    loads += 1;
    return Promise.resolve(stored);
  };
  const read = (views: ViewCache) => views.read(view, 60_000, load, (json) => JSON.parse(json) as number);

  beforeEach(async () => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    cache = new FlakyCache(clock);
    uow = new InMemoryUnitOfWork(new MemoryDatabase());
    mine = new ViewCache(cache, clock, { retireBudgetMs: 0 });
    other = new ViewCache(cache, clock);
    [stored, loads] = [1, 0];
    expect(await read(mine)).to.equal(1);
    expect(await read(other)).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('given a retirement that cannot be confirmed, then it is reported, this process reads the store, and once it can set a new generation no process serves the old view', async () => {
    const lost: (readonly string[])[] = [];
    mine = new ViewCache(cache, clock, { retireBudgetMs: 0, onLost: (scopes) => lost.push(scopes) });
    cache.confirms = false;
    stored = 2;
    await uow.run(() => mine.retire(uow, ['scope:a']));
    expect(lost).to.deep.equal([['scope:a']]);
    expect(await read(mine), 'the writer never serves what it failed to retire').to.equal(2);
    expect(await cache.get(GENERATION)).not.to.equal(null);

    cache.confirms = true;
    clock.advance(1_000); // past the pause between two attempts at a new generation
    expect(await read(mine)).to.equal(2);
    expect(await read(other), 'another process, after the new generation').to.equal(2);
  });

  it('given a fault of the connection, then this process serves nothing from the cache until it has set a new generation, which every process then misses on', async () => {
    const before = await cache.get(GENERATION);
    cache.faults += 1;
    cache.confirms = false;
    loads = 0;
    expect(await read(mine)).to.equal(1);
    expect(loads, 'read from the store while the generation cannot be set').to.equal(1);
    cache.confirms = true;
    clock.advance(1_000);
    expect(await read(mine)).to.equal(1);
    expect(await cache.get(GENERATION)).not.to.equal(before);
    loads = 0;
    expect(await read(other)).to.equal(1);
    expect(loads, 'the other process missed on the new generation').to.equal(1);
  });

  it('given a store that lost every key (a restart), then the generation is pinned again and old stamps never match', async () => {
    await cache.delete([GENERATION, 'scope:a']);
    stored = 3;
    expect(await read(other)).to.equal(3);
    expect(await read(mine)).to.equal(3);
  });
});
