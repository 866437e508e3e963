import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from '@campus/domain';

/** scrypt's cost parameters (RFC 7914); OWASP's minimum for scrypt is N=2^17, r=8, p=1. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

const OWASP_MINIMUM: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/**
 * Passwords hashed with Node's own scrypt: no native module, so the in-memory set can hash
 * without bcrypt. A hash reads `scrypt$N$r$p$salt$key` (base64url), so it keeps its own cost.
 */
export class ScryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost: ScryptCost = OWASP_MINIMUM) {}

  async hash(plain: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(plain, salt, this.cost);
    const { N, r, p } = this.cost;
    return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(plain: string, hash: string): Promise<boolean> {
    const [scheme, N, r, p, salt, key] = hash.split('$');
    if (scheme !== 'scrypt' || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64url');
    const cost = { N: Number(N), r: Number(r), p: Number(p) };
    const actual = await derive(plain, Buffer.from(salt, 'base64url'), cost);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

function derive(plain: string, salt: Buffer, { N, r, p }: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes of memory; the default cap (32 MiB) is below OWASP's minimum.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(plain, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
