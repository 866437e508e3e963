import { expect } from 'chai';
import { oldestFirst } from '../../src/system/oldest-first.js';

/** Takes `n` keys oldest first, removing each, as a bounded map does. */
function evict<K>(map: Map<K, unknown>, oldest: () => K | undefined, n: number): (K | undefined)[] {
  return Array.from({ length: n }, () => {
    const key = oldest();
    if (key !== undefined) map.delete(key);
    return key;
  });
}

describe('oldestFirst', () => {
  it('gives the keys in the order they were set, counting a key set again from its new place', () => {
    const map = new Map([1, 2, 3, 4].map((n) => [n, n]));
    const oldest = oldestFirst(map);
    map.delete(2);
    map.set(2, 2); // moved to the young end
    map.set(5, 5);
    expect(evict(map, oldest, 3)).to.deep.equal([1, 3, 4]);
    map.set(6, 6);
    expect(evict(map, oldest, 4)).to.deep.equal([2, 5, 6, undefined]);
  });

  it('skips keys removed by others, and starts again once the map has been emptied and refilled', () => {
    const map = new Map<string, number>([['a', 1]]);
    const oldest = oldestFirst(map);
    expect(evict(map, oldest, 2)).to.deep.equal(['a', undefined]);
    map.set('b', 2).set('c', 3).set('d', 4);
    map.delete('b');
    expect(evict(map, oldest, 3)).to.deep.equal(['c', 'd', undefined]);
  });

  it('keeps the order across the table rebuilds of a long-lived bounded map', () => {
    const map = new Map<number, number>();
    const oldest = oldestFirst(map);
    const evicted: number[] = [];
    for (let n = 0; n < 50_000; n++) {
      map.set(n, n);
      if (n % 7 === 0 && n >= 3) map.set(n - 3, n); // an update in place keeps a key's place
      if (map.size > 1_000) evicted.push(...(evict(map, oldest, 1) as number[]));
    }
    expect(evicted).to.have.length(49_000);
    expect(evicted.every((key, i) => key === i)).to.equal(true);
    expect([...map.keys()]).to.deep.equal(Array.from({ length: 1_000 }, (_, i) => 49_000 + i));
  });
});
