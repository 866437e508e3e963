import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import {
  SessionId,
  TokenExpired,
  Unauthenticated,
  UserId,
  type AccessClaims,
  type VerifiedAccess,
  type Clock,
  type IssuedRefreshToken,
  type TokenService,
} from '@campus/domain';
import { LRUCache } from 'lru-cache';
import jwt from 'jsonwebtoken';

export interface JwtTokenServiceOptions {
  secret: string;
  issuer: string;
  accessTtlMs: number;
  refreshTtlMs: number;
  clock: Clock;
}

/** HS256 keys shorter than the hash's output are refused (RFC 7518, 3.2). */
const MIN_SECRET_BYTES = 32;

/** Verified tokens remembered per process: clients send the same access token for minutes. */
const VERIFIED_CAPACITY = 10_000;

/**
 * HS256 access tokens and opaque refresh tokens. The key object is built once: jsonwebtoken
 * given a string secret re-derives it on every call, which costs more than the HMAC itself.
 * A token verified once is remembered until it expires (the same string carries the same
 * signature), so a request pays for the HMAC and the JSON parsing only the first time.
 */
export class JwtTokenService implements TokenService {
  private readonly key: KeyObject;
  private readonly verified = new LRUCache<string, { claims: VerifiedAccess; exp: number }>({
    max: VERIFIED_CAPACITY,
  });
  readonly refreshTokenTtlMs: number;

  /** @throws RangeError for a secret under 32 bytes (HS256's key size) or a lifetime that is not positive */
  constructor(private readonly options: JwtTokenServiceOptions) {
    if (Buffer.byteLength(options.secret, 'utf8') < MIN_SECRET_BYTES)
      throw new RangeError(`The JWT secret must be at least ${MIN_SECRET_BYTES} bytes.`);
    for (const [name, ms] of [
      ['accessTtlMs', options.accessTtlMs],
      ['refreshTtlMs', options.refreshTtlMs],
    ] as const) {
      if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`${name} must be a positive number of ms.`);
    }
    this.key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    this.refreshTokenTtlMs = options.refreshTtlMs;
  }

  issueAccessToken({ userId, sessionId }: AccessClaims): string {
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    return jwt.sign(
      { sub: userId, sid: sessionId, iat: now, exp: now + Math.ceil(this.options.accessTtlMs / 1000) },
      this.key,
      { algorithm: 'HS256', issuer: this.options.issuer },
    );
  }

  verifyAccessToken(token: string): VerifiedAccess {
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    const known = this.verified.get(token);
    if (known && now < known.exp) return known.claims;
    if (known) this.verified.delete(token);
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.options.issuer,
        clockTimestamp: now,
      });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw new TokenExpired();
      throw new Unauthenticated('The access token is not valid.');
    }
    // jsonwebtoken accepts tokens without exp or sub: they are refused here.
    if (typeof payload === 'string' || typeof payload.exp !== 'number')
      throw new Unauthenticated('The access token is not valid.');
    const { sub, sid } = payload as { sub?: unknown; sid?: unknown };
    if (typeof sub !== 'string' || typeof sid !== 'string' || !sub || !sid) {
      throw new Unauthenticated('The access token is not valid.');
    }
    const claims = Object.freeze({
      userId: UserId(sub),
      sessionId: SessionId(sid),
      expiresAt: new Date(payload.exp * 1000),
    });
    this.verified.set(token, { claims, exp: payload.exp });
    return claims;
  }

  newRefreshToken(): IssuedRefreshToken {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashRefreshToken(token) };
  }

  /** Refresh tokens carry 256 random bits, so a fast hash is enough; only the hash is stored. */
  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
