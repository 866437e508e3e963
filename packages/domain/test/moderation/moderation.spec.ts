import { expect } from 'chai';
import { REPORT_REASONS, accountOldEnough, noReasons, targetKey } from '../../src/index.js';

describe('moderation rules', () => {
  const joined = new Date('2026-03-01T00:00:00.000Z');
  const DAY = 24 * 60 * 60 * 1000;

  it('given a minimum age, then an account is old enough from exactly that age on', () => {
    const settings = { reportMinAccountAgeMs: DAY };
    expect(accountOldEnough(joined, new Date(joined.getTime() + DAY - 1), settings)).to.equal(false);
    expect(accountOldEnough(joined, new Date(joined.getTime() + DAY), settings)).to.equal(true);
  });

  it('given no minimum age, then an account is old enough the moment it joins', () => {
    expect(accountOldEnough(joined, joined, { reportMinAccountAgeMs: 0 })).to.equal(true);
  });

  it('given a post and a comment of the same id, then their target keys differ', () => {
    expect(targetKey({ type: 'post', id: 'a' })).to.not.equal(targetKey({ type: 'comment', id: 'a' }));
  });

  it('given no reports, then every reason is there with zero, in a new object each time', () => {
    const reasons = noReasons();
    expect(Object.keys(reasons)).to.deep.equal([...REPORT_REASONS]);
    expect(Object.values(reasons)).to.deep.equal(REPORT_REASONS.map(() => 0));
    reasons.spam = 3;
    expect(noReasons().spam).to.equal(0);
  });
});
