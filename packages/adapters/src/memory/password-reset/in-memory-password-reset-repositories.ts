import {
  PasswordResetToken,
  type PasswordResetTokenRepository,
  type PasswordResetTokenState,
  type ResetAccountLookup,
  type UserId,
  type UserState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** Reset tokens keyed by their hash, as the SQL table's unique index keys them. */
export class InMemoryPasswordResetTokenRepository implements PasswordResetTokenRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<PasswordResetTokenState>('password_reset_tokens');
  }

  add(token: PasswordResetToken): Promise<void> {
    const row = token.snapshot();
    if (this.rows.has(row.tokenHash)) return Promise.reject(new Error('A reset token hash is stored twice.'));
    this.rows.set(row.tokenHash, row);
    return Promise.resolve();
  }

  /** Checks and marks in one synchronous step, as the conditional UPDATE does in SQL. */
  useOnce(tokenHash: string, now: Date): Promise<UserId | null> {
    const row = this.rows.get(tokenHash);
    if (!row || !PasswordResetToken.isUsable(row, now)) return Promise.resolve(null);
    this.rows.set(tokenHash, { ...row, usedAt: now });
    return Promise.resolve(row.userId);
  }
}

/** Finds an account by its e-mail address among the in-memory users, exactly as stored. */
export class InMemoryResetAccountLookup implements ResetAccountLookup {
  constructor(private readonly db: MemoryDatabase) {}

  userIdByEmail(email: string): Promise<UserId | null> {
    for (const user of this.db.table<UserState>('users').values())
      if (user.email === email) return Promise.resolve(user.id);
    return Promise.resolve(null);
  }
}
