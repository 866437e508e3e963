import { expect } from 'chai';
import {
  LoginThrottlePolicy,
  Session,
  SessionId,
  TooManyAttempts,
  UserId,
  assessRefresh,
  type RefreshTokenState,
} from '../../src/index.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('Session and refresh tokens', () => {
  const token = (overrides: Partial<RefreshTokenState> = {}): RefreshTokenState => ({
    hash: 'h1',
    sessionId: SessionId('s1'),
    issuedAt: T0,
    expiresAt: at(3600),
    usedAt: null,
    ...overrides,
  });
  const session = () => Session.create({ id: SessionId('s1'), userId: UserId('u1') }, T0);

  it('given a fresh token of a live session, when presented, then it rotates', () => {
    expect(assessRefresh(token(), session(), at(10))).to.equal('rotate');
  });

  it('given a used-up token, when presented again, then it is reuse', () => {
    expect(assessRefresh(token({ usedAt: at(5) }), session(), at(10))).to.equal('reused');
  });

  it('given an expired token or a revoked session, then it is invalid', () => {
    expect(assessRefresh(token(), session(), at(3600))).to.equal('invalid');
    const revoked = session();
    revoked.revoke(at(1));
    expect(assessRefresh(token(), revoked, at(10))).to.equal('invalid');
  });

  it('when revoked twice, then the first revocation time stays', () => {
    const s = session();
    s.revoke(at(1));
    s.revoke(at(2));
    expect(s.revokedAt).to.deep.equal(at(1));
    expect(s.isActive()).to.equal(false);
  });
});

describe('LoginThrottlePolicy', () => {
  const policy = new LoginThrottlePolicy(3, 15 * 60_000);

  function retryAfter(failures: Date[], now: Date): number {
    try {
      policy.assertAllowed(failures, now);
    } catch (error) {
      expect(error).to.be.instanceOf(TooManyAttempts);
      return (error as TooManyAttempts).retryAfterSeconds;
    }
    throw new Error('expected TooManyAttempts');
  }

  it('given fewer failures than the limit, then login is allowed', () => {
    policy.assertAllowed([at(0), at(1)], at(2));
  });

  it('given the limit reached, then it refuses until the oldest counted failure leaves the window', () => {
    expect(retryAfter([at(0), at(60), at(120)], at(180))).to.equal(15 * 60 - 180);
  });

  it('given failures older than the window, then they do not count', () => {
    policy.assertAllowed([at(0), at(1), at(900)], at(901));
  });

  it('given more failures than the limit, then the wait is measured from the newest that still blocks', () => {
    expect(retryAfter([at(0), at(10), at(20), at(30)], at(40))).to.equal(15 * 60 + 10 - 40);
  });
});
