import { expect } from 'chai';
import { ThreadKeys, UserId, type ErasedIds } from '../../src/index.js';

/** Numbered ids, to tell which rows share one. */
class CountingIds implements ErasedIds {
  private n = 0;
  next(): UserId {
    this.n += 1;
    return UserId(`erased-${this.n}`);
  }
}

describe('ThreadKeys', () => {
  it('given one thread, then anonymous rows share one id and named rows another, never the same', () => {
    const keys = new ThreadKeys(new CountingIds());
    const anonymous = keys.of('post-1', true);
    const named = keys.of('post-1', false);
    expect(keys.of('post-1', true)).to.equal(anonymous);
    expect(keys.of('post-1', false)).to.equal(named);
    expect(named).to.not.equal(anonymous);
  });

  it('given two threads, then nothing is shared between them', () => {
    const keys = new ThreadKeys(new CountingIds());
    const ids = ['a', 'b'].flatMap((post) => [keys.of(post, true), keys.of(post, false)]);
    expect(new Set(ids).size).to.equal(4);
  });
});
