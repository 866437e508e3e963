import {
  VerificationCode,
  type EmailOwnerLookup,
  type UserId,
  type UserState,
  type VerificationCodeRepository,
  type VerificationCodeState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

/** One code per member, keyed by the member, as the SQL table's primary key keys it. */
export class InMemoryVerificationCodeRepository implements VerificationCodeRepository {
  constructor(private readonly db: MemoryDatabase) {}

  private get rows() {
    return this.db.table<VerificationCodeState>('verification_codes');
  }

  replace(code: VerificationCode): Promise<void> {
    const row = code.snapshot();
    this.rows.set(row.userId, row);
    return Promise.resolve();
  }

  /** Checks and counts in one synchronous step, as the conditional UPDATE does in SQL. */
  takeTry(userId: UserId, now: Date): Promise<VerificationCodeState | null> {
    const row = this.rows.get(userId);
    if (!row || !VerificationCode.canBeTried(row, now)) return Promise.resolve(null);
    this.rows.set(userId, { ...row, triesLeft: row.triesLeft - 1 });
    return Promise.resolve({ ...row });
  }

  useUp(userId: UserId, codeHash: string): Promise<boolean> {
    const row = this.rows.get(userId);
    if (!row || row.codeHash !== codeHash) return Promise.resolve(false);
    this.rows.delete(userId);
    return Promise.resolve(true);
  }
}

/** Whose account an address is among the in-memory users, exactly as stored. */
export class InMemoryEmailOwnerLookup implements EmailOwnerLookup {
  constructor(private readonly db: MemoryDatabase) {}

  ownerOf(email: string): Promise<UserId | null> {
    for (const user of this.db.table<UserState>('users').values())
      if (user.email === email) return Promise.resolve(user.id);
    return Promise.resolve(null);
  }
}
