import { SessionId, UserId } from '@campus/domain';
import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import { JwtTokenService } from '../../src/security/index.js';
import { FixedClock } from '../../src/system/index.js';

const SECRET = 's'.repeat(32);
const claims = { userId: UserId('u-1'), sessionId: SessionId('s-1') };
/** What verifying a token issued at 09:00 says: the claims, and its exp 30 minutes on. */
const verified = { ...claims, expiresAt: new Date('2026-03-02T09:30:00.000Z') };

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected an error');
}

describe('JwtTokenService', () => {
  let clock: FixedClock;
  let tokens: JwtTokenService;
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
  /** A token signed outside the service, to try what an attacker could send. */
  const forge = (payload: object, secret = SECRET, options: jwt.SignOptions = {}) =>
    jwt.sign(payload, secret, { algorithm: 'HS256', ...options });

  beforeEach(() => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    tokens = new JwtTokenService({
      secret: SECRET,
      issuer: 'campus-test',
      accessTtlMs: 30 * 60_000,
      refreshTtlMs: 7 * 86_400_000,
      clock,
    });
  });

  it('given a secret under 32 bytes or a lifetime that is not positive, then it refuses to be made', () => {
    const options = {
      secret: SECRET,
      issuer: 'campus-test',
      accessTtlMs: 60_000,
      refreshTtlMs: 60_000,
      clock,
    };
    // 31 bytes: ten three-byte Hangul syllables and one ASCII letter.
    for (const secret of ['', 'short', `${'가'.repeat(10)}a`]) {
      expect(() => new JwtTokenService({ ...options, secret }), secret).to.throw(RangeError, /32 bytes/);
    }
    expect(() => new JwtTokenService({ ...options, secret: `${'가'.repeat(10)}ab` })).not.to.throw();
    for (const ttl of [0, -1, Number.NaN]) {
      expect(() => new JwtTokenService({ ...options, accessTtlMs: ttl })).to.throw(RangeError, /accessTtlMs/);
      expect(() => new JwtTokenService({ ...options, refreshTtlMs: ttl })).to.throw(
        RangeError,
        /refreshTtlMs/,
      );
    }
  });

  it('given an issued access token, when verified, then it yields the user, the session and its exp', () => {
    expect(tokens.verifyAccessToken(tokens.issueAccessToken(claims))).to.deep.equal(verified);
  });

  it('given an issued access token, when decoded, then it is HS256 with iss, iat and exp from the clock', () => {
    const decoded = jwt.decode(tokens.issueAccessToken(claims), { complete: true });
    expect(decoded?.header.alg).to.equal('HS256');
    expect(decoded?.payload).to.include({
      sub: 'u-1',
      sid: 's-1',
      iss: 'campus-test',
      iat: nowSeconds(),
      exp: nowSeconds() + 1800,
    });
  });

  it('given a token verified and remembered, when the clock reaches its exp second exactly, then it is TOKEN_EXPIRED', () => {
    const token = tokens.issueAccessToken(claims);
    expect(tokens.verifyAccessToken(token)).to.deep.equal(verified);
    clock.advance(30 * 60_000 - 1);
    expect(tokens.verifyAccessToken(token)).to.deep.equal(verified);
    clock.advance(1);
    expect(codeOf(() => tokens.verifyAccessToken(token))).to.equal('TOKEN_EXPIRED');
    expect(codeOf(() => tokens.verifyAccessToken(token))).to.equal('TOKEN_EXPIRED');
  });

  it('given a remembered token, when one character of its signature changes, then it is UNAUTHENTICATED', () => {
    const token = tokens.issueAccessToken(claims);
    tokens.verifyAccessToken(token);
    const i = token.length - 10; // inside the signature, away from its padding bits
    const other = token[i] === 'A' ? 'B' : 'A';
    const tampered = token.slice(0, i) + other + token.slice(i + 1);
    expect(codeOf(() => tokens.verifyAccessToken(tampered))).to.equal('UNAUTHENTICATED');
  });

  it('given a token, when the clock passes its expiry, then it is TOKEN_EXPIRED', () => {
    const token = tokens.issueAccessToken(claims);
    clock.advance(29 * 60_000);
    expect(tokens.verifyAccessToken(token)).to.deep.equal(verified);
    clock.advance(2 * 60_000);
    expect(codeOf(() => tokens.verifyAccessToken(token))).to.equal('TOKEN_EXPIRED');
  });

  const refused: [string, () => string][] = [
    ['garbage', () => 'not.a.jwt'],
    ['an empty string', () => ''],
    [
      'another key',
      () => forge({ sub: 'u', sid: 's', exp: nowSeconds() + 60, iss: 'campus-test' }, 'x'.repeat(32)),
    ],
    ['another issuer', () => forge({ sub: 'u', sid: 's', exp: nowSeconds() + 60, iss: 'evil' })],
    ['no issuer', () => forge({ sub: 'u', sid: 's', exp: nowSeconds() + 60 })],
    ['no exp', () => forge({ sub: 'u', sid: 's', iss: 'campus-test' })],
    ['no sub', () => forge({ sid: 's', exp: nowSeconds() + 60, iss: 'campus-test' })],
    ['no sid', () => forge({ sub: 'u', exp: nowSeconds() + 60, iss: 'campus-test' })],
    ['an empty sub', () => forge({ sub: '', sid: 's', exp: nowSeconds() + 60, iss: 'campus-test' })],
    ['a non-string sid', () => forge({ sub: 'u', sid: 7, exp: nowSeconds() + 60, iss: 'campus-test' })],
    [
      'HS512 with the same key',
      () =>
        forge({ sub: 'u', sid: 's', exp: nowSeconds() + 60, iss: 'campus-test' }, SECRET, {
          algorithm: 'HS512',
        }),
    ],
    [
      'alg none',
      () => {
        const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
        const payload = { sub: 'u', sid: 's', exp: nowSeconds() + 60, iss: 'campus-test' };
        return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
      },
    ],
    ['a refresh token', () => tokens.newRefreshToken().token],
    [
      'a tampered payload',
      () => {
        const [header, , signature] = tokens.issueAccessToken(claims).split('.');
        const payload = Buffer.from(
          JSON.stringify({ sub: 'admin', sid: 's-1', exp: nowSeconds() + 60, iss: 'campus-test' }),
        ).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
  ];
  for (const [what, make] of refused) {
    it(`given ${what}, when verified, then it is UNAUTHENTICATED`, () => {
      expect(codeOf(() => tokens.verifyAccessToken(make()))).to.equal('UNAUTHENTICATED');
    });
  }

  it('given new refresh tokens, when made, then each is 32 random bytes in base64url with its sha256 hex hash', () => {
    const first = tokens.newRefreshToken();
    const second = tokens.newRefreshToken();
    expect(first.token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.token, 'base64url')).to.have.length(32);
    expect(first.hash).to.match(/^[0-9a-f]{64}$/);
    expect(first.token).not.to.equal(second.token);
    expect(tokens.hashRefreshToken(first.token)).to.equal(first.hash);
    expect(first.hash).not.to.contain(first.token);
  });

  it('given the options, when read, then the refresh lifetime is exposed for the session issuer', () => {
    expect(tokens.refreshTokenTtlMs).to.equal(7 * 86_400_000);
  });
});
