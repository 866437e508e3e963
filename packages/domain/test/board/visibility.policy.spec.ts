import { expect } from 'chai';
import { isShownTo } from '../../src/index.js';
import { admin, member } from './support.js';

describe('visibility policy', () => {
  const gone = new Date(0);

  it('given a live item, then everyone sees it', () => {
    expect(isShownTo({ deletedAt: null, hiddenAt: null }, member('u'))).to.equal(true);
  });

  it('given a hidden item, then admins only', () => {
    expect(isShownTo({ deletedAt: null, hiddenAt: gone }, member('u'))).to.equal(false);
    expect(isShownTo({ deletedAt: null, hiddenAt: gone }, admin())).to.equal(true);
  });

  it('given a deleted item, hidden or not, then nobody', () => {
    expect(isShownTo({ deletedAt: gone, hiddenAt: null }, admin())).to.equal(false);
    expect(isShownTo({ deletedAt: gone, hiddenAt: gone }, admin())).to.equal(false);
  });
});
