import {
  UserId,
  type EmailOwnerLookup,
  type VerificationCode,
  type VerificationCodeRepository,
  type VerificationCodeState,
} from '@campus/domain';
import { userIdByEmail } from '../identity/user-id-by-email.js';
import { toTime, type Sql } from '../sql.js';

const COLUMNS = ['email', 'code_hash', 'created_at', 'expires_at', 'tries_left'];

/** Verification codes in hand-written SQL; a code naming an account deleted meanwhile is refused. */
export class SequelizeVerificationCodeRepository implements VerificationCodeRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * One statement: an upsert on the primary key, the table's only unique key (MySQL's ON
   * DUPLICATE KEY UPDATE fires on any of them), so it can only replace the member's own code.
   */
  async replace(code: VerificationCode): Promise<void> {
    const { userId, email, codeHash, createdAt, expiresAt, triesLeft } = code.snapshot();
    const update =
      this.sql.dialect === 'mysql'
        ? `ON DUPLICATE KEY UPDATE ${COLUMNS.map((c) => `${c} = VALUES(${c})`).join(', ')}`
        : `ON CONFLICT (user_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`;
    await this.sql.run(
      `INSERT INTO verification_codes (user_id, ${COLUMNS.join(', ')})
       VALUES (:userId, :email, :codeHash, :createdAt, :expiresAt, :triesLeft) ${update}`,
      {
        userId,
        email,
        codeHash,
        createdAt: this.sql.time(createdAt),
        expiresAt: this.sql.time(expiresAt),
        triesLeft,
      },
    );
  }

  /**
   * A conditional UPDATE takes the try, so racing confirmations each take one of their own and
   * none gets past the count; the row is then read as it was before (tries left plus one).
   */
  async takeTry(userId: UserId, now: Date): Promise<VerificationCodeState | null> {
    const taken = await this.sql.run(
      `UPDATE verification_codes SET tries_left = tries_left - 1
       WHERE user_id = :userId AND tries_left > 0 AND expires_at > :now`,
      { userId, now: this.sql.time(now) },
    );
    if (taken !== 1) return null;
    const row = await this.sql.one<{
      user_id: string;
      email: string;
      code_hash: string;
      created_at: Date | string;
      expires_at: Date | string;
      tries_left: number;
    }>('SELECT * FROM verification_codes WHERE user_id = :userId', { userId });
    if (!row) return null;
    return {
      userId: UserId(row.user_id),
      email: row.email,
      codeHash: row.code_hash,
      createdAt: toTime(row.created_at),
      expiresAt: toTime(row.expires_at),
      triesLeft: Number(row.tries_left) + 1,
    };
  }

  async useUp(userId: UserId, codeHash: string): Promise<boolean> {
    const deleted = await this.sql.run(
      'DELETE FROM verification_codes WHERE user_id = :userId AND code_hash = :codeHash',
      { userId, codeHash },
    );
    return deleted === 1;
  }
}

/** Whose account an address is, through the unique index on `users.email`. */
export class SequelizeEmailOwnerLookup implements EmailOwnerLookup {
  constructor(private readonly sql: Sql) {}

  ownerOf(email: string): Promise<UserId | null> {
    return userIdByEmail(this.sql, email);
  }
}
