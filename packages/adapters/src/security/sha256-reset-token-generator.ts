import { createHash, randomBytes } from 'node:crypto';
import type { IssuedResetToken, ResetTokenGenerator } from '@campus/domain';

const TOKEN_BYTES = 32;

/** Reset tokens of 32 random bytes from the operating system's CSPRNG, stored as their sha256. */
export class Sha256ResetTokenGenerator implements ResetTokenGenerator {
  issue(): IssuedResetToken {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    return { token, hash: this.hash(token) };
  }

  hash(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
