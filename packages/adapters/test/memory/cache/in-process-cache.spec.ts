import { expect } from 'chai';
import { InProcessCache } from '../../../src/memory/index.js';
import { FixedClock } from '../../../src/system/index.js';
import { cacheContract } from '../../../src/testing/index.js';

cacheContract('in-process', () => {
  const clock = new FixedClock();
  return Promise.resolve({ cache: new InProcessCache(clock), advance: (ms: number) => clock.advance(ms) });
});

describe('InProcessCache', () => {
  it('given a full cache, when one more entry is set, then the least recently used one leaves', async () => {
    const cache = new InProcessCache(new FixedClock(), 3);
    for (const k of ['a', 'b', 'c']) await cache.set(k, k, 10_000);
    await cache.get('a'); // a is now more recent than b
    await cache.set('d', 'd', 10_000);
    expect(await cache.getMany(['a', 'b', 'c', 'd'])).to.deep.equal(['a', null, 'c', 'd']);
  });

  it('given an entry read every few sets, when ten times the capacity is set, then it never leaves', async () => {
    const cache = new InProcessCache(new FixedClock(), 100);
    await cache.set('hot', 'v', 10_000);
    await cache.set('cold', 'v', 10_000);
    for (let i = 0; i < 1_000; i++) {
      await cache.set(`k${i}`, 'v', 10_000);
      if (i % 10 === 0) expect(await cache.get('hot')).to.equal('v');
    }
    expect(await cache.get('hot')).to.equal('v');
    expect(await cache.get('cold')).to.equal(null);
  });

  it('given a full cache, when an existing key is overwritten, then nothing leaves', async () => {
    const cache = new InProcessCache(new FixedClock(), 2);
    await cache.set('a', '1', 10_000);
    await cache.set('b', '1', 10_000);
    await cache.set('a', '2', 10_000);
    expect(await cache.getMany(['a', 'b'])).to.deep.equal(['2', '1']);
  });

  it('given many more keys than the capacity, when set, then the size stays bounded', async () => {
    const cache = new InProcessCache(new FixedClock(), 100);
    for (let i = 0; i < 1_000; i++) await cache.setIfAbsent(`k${i}`, 'v', 10_000);
    const held = (await cache.getMany([...Array(1_000).keys()].map((i) => `k${i}`))).filter(
      (v) => v !== null,
    );
    expect(held).to.have.length(100);
    expect(await cache.get('k999')).to.equal('v');
  });

  it('given values of many characters, when they pass the bound, then the oldest leave until they fit', async () => {
    const cache = new InProcessCache(new FixedClock(), 100, 10);
    await cache.set('a', 'aaaa', 10_000);
    await cache.set('b', 'bbbb', 10_000);
    await cache.set('c', 'cccc', 10_000); // 12 characters: a leaves
    expect(await cache.getMany(['a', 'b', 'c'])).to.deep.equal([null, 'bbbb', 'cccc']);
    await cache.set('b', 'b', 10_000); // overwritten: 5 characters held
    await cache.set('d', 'ddddd', 10_000); // 10: all stay
    expect(await cache.getMany(['b', 'c', 'd'])).to.deep.equal(['b', 'cccc', 'ddddd']);
    await cache.delete(['c']);
    await cache.set('e', 'eeee', 10_000); // 10 again once c's characters are given back
    expect(await cache.getMany(['b', 'd', 'e'])).to.deep.equal(['b', 'ddddd', 'eeee']);
  });

  it('given a value larger than the whole bound, when set, then it is not kept and nothing leaves', async () => {
    const cache = new InProcessCache(new FixedClock(), 100, 10);
    await cache.set('a', 'aaaa', 10_000);
    await cache.set('big', 'x'.repeat(11), 10_000);
    expect(await cache.getMany(['a', 'big'])).to.deep.equal(['aaaa', null]);
    expect(await cache.setIfAbsent('big', 'x'.repeat(11), 10_000)).to.equal(true);
    expect(await cache.get('big')).to.equal(null);
  });

  it('given expired entries, when they are read, then their characters are given back', async () => {
    const clock = new FixedClock();
    const cache = new InProcessCache(clock, 100, 10);
    await cache.set('a', 'aaaaaaaa', 1_000);
    clock.advance(1_000);
    expect(await cache.get('a')).to.equal(null);
    await cache.set('b', 'bbbbbbbb', 10_000);
    await cache.set('c', 'cc', 10_000);
    expect(await cache.getMany(['b', 'c'])).to.deep.equal(['bbbbbbbb', 'cc']);
  });

  it('given an entry, when its clock reaches the expiry exactly, then it is gone', async () => {
    const clock = new FixedClock();
    const cache = new InProcessCache(clock);
    await cache.set('a', 'v', 1_000);
    clock.advance(999);
    expect(await cache.get('a')).to.equal('v');
    clock.advance(1);
    expect(await cache.get('a')).to.equal(null);
  });
});
