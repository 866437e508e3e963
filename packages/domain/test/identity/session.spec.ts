import { expect } from 'chai';
import {
  LoginThrottlePolicy,
  Session,
  SessionId,
  SessionPolicy,
  TooManyAttempts,
  UserId,
  type RefreshTokenState,
} from '../../src/index.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('Session and refresh tokens', () => {
  const policy = new SessionPolicy(86_400_000, 10_000);
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
    expect(policy.assessRefresh(token(), session(), at(10))).to.equal('rotate');
  });

  it('given a token used up within the grace, when presented again, then it gets a pair of its own', () => {
    expect(policy.assessRefresh(token({ usedAt: at(5) }), session(), at(15))).to.equal('grace');
  });

  it('given a used-up token, when presented again after the grace, then it is reuse', () => {
    expect(policy.assessRefresh(token({ usedAt: at(5) }), session(), at(15.001))).to.equal('reused');
    const strict = new SessionPolicy(86_400_000, 0);
    expect(strict.assessRefresh(token({ usedAt: at(5) }), session(), at(5))).to.equal('reused');
  });

  it('given an expired token or a revoked session, then it is invalid', () => {
    expect(policy.assessRefresh(token(), session(), at(3600))).to.equal('invalid');
    const revoked = session();
    revoked.revoke(at(1));
    expect(policy.assessRefresh(token(), revoked, at(10))).to.equal('invalid');
  });

  it('given a session past its maximum age, then any token of it is expired, and new ones end with it', () => {
    expect(policy.assessRefresh(token({ expiresAt: at(90_000) }), session(), at(86_400))).to.equal('expired');
    expect(policy.isExpired(session(), at(86_399))).to.equal(false);
    expect(policy.tokenExpiresAt(session(), at(86_000), 7 * 86_400_000)).to.deep.equal(at(86_400));
    expect(policy.tokenExpiresAt(session(), at(0), 60_000)).to.deep.equal(at(60));
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
  const policy = new LoginThrottlePolicy(3, 15 * 60_000, 50);

  it('given no device, then the attempt counts against the user and the client', () => {
    expect(
      policy.countersFor({ username: 'Kim_1 ', deviceId: null, clientAddress: '10.0.0.1' }),
    ).to.deep.equal([
      { key: 'user:kim_1', limit: 3 },
      { key: 'client:10.0.0.1', limit: 50 },
    ]);
  });

  it('given a valid device, then it counts against that device instead of the user', () => {
    expect(policy.countersFor({ username: 'kim_1', deviceId: 'd1' })).to.deep.equal([
      { key: 'device:d1', limit: 3 },
    ]);
  });

  it('given padded or upper-cased spellings, then they share one canonical key', () => {
    expect(['name', 'NAME', 'name  ', ' Name'].map(LoginThrottlePolicy.canonicalUsername)).to.deep.equal(
      Array(4).fill('name'),
    );
  });

  it('when refusing, then the wait runs to the end of the latest window, at least a second', () => {
    const retryAfter = (resets: Date[], now: Date) => {
      try {
        policy.refuse(resets, now);
      } catch (error) {
        expect(error).to.be.instanceOf(TooManyAttempts);
        return (error as TooManyAttempts).retryAfterSeconds;
      }
      throw new Error('expected TooManyAttempts');
    };
    expect(retryAfter([at(100), at(40.2)], at(20))).to.equal(80);
    expect(retryAfter([at(20)], at(20))).to.equal(1);
  });
});
