import {
  UserId,
  type PasswordResetToken,
  type PasswordResetTokenRepository,
  type ResetAccountLookup,
} from '@campus/domain';
import { userIdByEmail } from '../identity/user-id-by-email.js';
import type { Sql } from '../sql.js';

/** Reset tokens in hand-written SQL; a token naming an account deleted meanwhile is refused. */
export class SequelizePasswordResetTokenRepository implements PasswordResetTokenRepository {
  constructor(private readonly sql: Sql) {}

  async add(token: PasswordResetToken): Promise<void> {
    const { tokenHash, userId, createdAt, expiresAt, usedAt } = token.snapshot();
    await this.sql.run(
      `INSERT INTO password_reset_tokens (token_hash, user_id, created_at, expires_at, used_at)
       VALUES (:tokenHash, :userId, :createdAt, :expiresAt, :usedAt)`,
      {
        tokenHash,
        userId,
        createdAt: this.sql.time(createdAt),
        expiresAt: this.sql.time(expiresAt),
        usedAt: this.sql.timeOrNull(usedAt),
      },
    );
  }

  /**
   * A conditional UPDATE decides the race: only the request that flips `used_at` gets the user.
   * The token is found by its hash through the unique index; nothing compares it byte by byte.
   */
  async useOnce(tokenHash: string, now: Date): Promise<UserId | null> {
    const at = this.sql.time(now);
    const used = await this.sql.run(
      `UPDATE password_reset_tokens SET used_at = :at
       WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :at`,
      { at, tokenHash },
    );
    if (used !== 1) return null;
    const row = await this.sql.one<{ user_id: string }>(
      'SELECT user_id FROM password_reset_tokens WHERE token_hash = :tokenHash',
      { tokenHash },
    );
    return row ? UserId(row.user_id) : null;
  }
}

/** Finds an account by its e-mail address through the unique index on `users.email`. */
export class SequelizeResetAccountLookup implements ResetAccountLookup {
  constructor(private readonly sql: Sql) {}

  userIdByEmail(email: string): Promise<UserId | null> {
    return userIdByEmail(this.sql, email);
  }
}
