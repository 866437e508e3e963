import {
  UserId,
  type EmailOwnerLookup,
  type VerificationCode,
  type VerificationCodeRepository,
  type VerificationCodeState,
} from '@campus/domain';
import { Op, literal, type Sequelize } from 'sequelize';
import { userIdByEmail } from '../identity/user-id-by-email.js';
import { toDate } from '../identity/identity.mappers.js';
import { revokedIfAccountGone } from '../errors.js';
import type { TransactionContext } from '../unit-of-work.js';
import type { VerificationCodeModel } from './verification.models.js';

export class SequelizeVerificationCodeRepository implements VerificationCodeRepository {
  constructor(
    private readonly model: typeof VerificationCodeModel,
    private readonly tx: TransactionContext,
  ) {}

  /**
   * One statement: an upsert on the primary key, the table's only unique key (MySQL's ON
   * DUPLICATE KEY UPDATE fires on any of them), so it can only replace the member's own code.
   */
  async replace(code: VerificationCode): Promise<void> {
    await this.model.upsert(code.snapshot(), { transaction: this.tx.current() }).catch(revokedIfAccountGone);
  }

  /**
   * A conditional UPDATE takes the try, so racing confirmations each take one of their own and
   * none gets past the count; the row is then read as it was before (tries left plus one).
   */
  async takeTry(userId: UserId, now: Date): Promise<VerificationCodeState | null> {
    const transaction = this.tx.current();
    const [taken] = await this.model.update(
      { triesLeft: literal('tries_left - 1') },
      { where: { userId, triesLeft: { [Op.gt]: 0 }, expiresAt: { [Op.gt]: now } }, transaction },
    );
    if (taken !== 1) return null;
    const row = await this.model.findByPk(userId, { raw: true, transaction });
    if (!row) return null;
    return {
      userId: UserId(row.userId),
      email: row.email,
      codeHash: row.codeHash,
      createdAt: toDate(row.createdAt),
      expiresAt: toDate(row.expiresAt),
      triesLeft: row.triesLeft + 1,
    };
  }

  async useUp(userId: UserId, codeHash: string): Promise<boolean> {
    const deleted = await this.model.destroy({ where: { userId, codeHash }, transaction: this.tx.current() });
    return deleted === 1;
  }
}

/** Whose account an address is, through the unique index on `users.email`. */
export class SequelizeEmailOwnerLookup implements EmailOwnerLookup {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly tx: TransactionContext,
  ) {}

  ownerOf(email: string): Promise<UserId | null> {
    return userIdByEmail(this.sequelize, this.tx, email);
  }
}
