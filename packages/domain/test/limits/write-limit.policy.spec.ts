import { expect } from 'chai';
import { TooFast, UserId, WriteLimitPolicy } from '../../src/index.js';

const user = UserId('u1');

describe('WriteLimitPolicy', () => {
  const policy = new WriteLimitPolicy({
    postIntervalMs: 10_000,
    commentIntervalMs: 3_000,
    messageIntervalMs: 2_000,
    writeBurst: 30,
  });

  it('given posts, comments and messages, then each kind is one write per its interval, per user', () => {
    expect(policy.countersFor(user, 'post')).to.deep.equal([{ key: 'post:u1', windowMs: 10_000, limit: 1 }]);
    expect(policy.countersFor(user, 'comment')).to.deep.equal([
      { key: 'comment:u1', windowMs: 3_000, limit: 1 },
    ]);
    expect(policy.countersFor(user, 'message')).to.deep.equal([
      { key: 'message:u1', windowMs: 2_000, limit: 1 },
    ]);
  });

  it('given other writes, then they share one budget per minute', () => {
    expect(policy.countersFor(user, 'other')).to.deep.equal([
      { key: 'burst:u1', windowMs: 60_000, limit: 30 },
    ]);
  });

  it('given a setting at 0, then that kind is not counted at all', () => {
    const none = WriteLimitPolicy.none();
    for (const kind of ['post', 'comment', 'message', 'other'] as const)
      expect(none.countersFor(user, kind), kind).to.deep.equal([]);
  });

  it('given a wait, then whole seconds rounded up, at least 1', () => {
    expect([1, 999, 1_000, 1_001, 7_500].map(WriteLimitPolicy.secondsToWait)).to.deep.equal([1, 1, 1, 2, 8]);
    expect(WriteLimitPolicy.secondsToWait(0)).to.equal(1);
  });

  it('given TooFast, then code TOO_FAST, kind rate_limited, and the seconds in its message', () => {
    const error = new TooFast(7);
    expect(error).to.include({ code: 'TOO_FAST', kind: 'rate_limited', retryAfterSeconds: 7 });
    expect(error.message).to.contain('7 seconds');
  });
});
