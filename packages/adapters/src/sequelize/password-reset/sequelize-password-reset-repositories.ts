import {
  UserId,
  type PasswordResetToken,
  type PasswordResetTokenRepository,
  type ResetAccountLookup,
} from '@campus/domain';
import { Op, type Sequelize } from 'sequelize';
import { userIdByEmail } from '../identity/user-id-by-email.js';
import { revokedIfAccountGone } from '../errors.js';
import type { TransactionContext } from '../unit-of-work.js';
import type { PasswordResetTokenModel } from './password-reset.models.js';

export class SequelizePasswordResetTokenRepository implements PasswordResetTokenRepository {
  constructor(
    private readonly model: typeof PasswordResetTokenModel,
    private readonly tx: TransactionContext,
  ) {}

  async add(token: PasswordResetToken): Promise<void> {
    await this.model.create(token.snapshot(), { transaction: this.tx.current() }).catch(revokedIfAccountGone);
  }

  /**
   * A conditional UPDATE decides the race: only the request that flips `used_at` gets the user.
   * The token is found by its hash through the unique index; nothing compares it byte by byte.
   */
  async useOnce(tokenHash: string, now: Date): Promise<UserId | null> {
    const transaction = this.tx.current();
    const [used] = await this.model.update(
      { usedAt: now },
      { where: { tokenHash, usedAt: { [Op.is]: null }, expiresAt: { [Op.gt]: now } }, transaction },
    );
    if (used !== 1) return null;
    const row = await this.model.findByPk(tokenHash, { raw: true, transaction });
    return row ? UserId(row.userId) : null;
  }
}

/** Finds an account by its e-mail address through the unique index on `users.email`. */
export class SequelizeResetAccountLookup implements ResetAccountLookup {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly tx: TransactionContext,
  ) {}

  userIdByEmail(email: string): Promise<UserId | null> {
    return userIdByEmail(this.sequelize, this.tx, email);
  }
}
