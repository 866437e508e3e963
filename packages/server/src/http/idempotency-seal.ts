import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Keeps what the idempotency table holds useless to someone who reads the database alone. The
 * request's fingerprint is an HMAC, not a plain hash: a signup's body holds the password, and a
 * fast hash of it would undo bcrypt. Answers are sealed (AES-256-GCM): a signup's holds a refresh
 * token, which is otherwise stored only as a hash. Both keys come from the server's secret, which
 * every instance shares.
 */
export class IdempotencySeal {
  private readonly fingerprintKey: Buffer;
  private readonly answerKey: Buffer;

  constructor(secret: string) {
    const derive = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
    this.fingerprintKey = derive('campus idempotency fingerprint');
    this.answerKey = derive('campus idempotency answer');
  }

  /** The request a key stands for: its method, its path and its body, byte for byte. */
  fingerprint(method: string, path: string, rawBody: string): string {
    return createHmac('sha256', this.fingerprintKey).update(`${method} ${path}\n${rawBody}`).digest('hex');
  }

  seal(text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.answerKey, iv);
    const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** The text, or null when it was not sealed with this secret (it changed since). */
  open(sealed: string): string | null {
    const bytes = Buffer.from(sealed, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.answerKey, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
