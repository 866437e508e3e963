import { UserId } from '@campus/domain';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { TransactionContext } from '../unit-of-work.js';

/** The account holding an e-mail address, through the unique index on `users.email`. */
export async function userIdByEmail(
  sequelize: Sequelize,
  tx: TransactionContext,
  email: string,
): Promise<UserId | null> {
  const rows = await sequelize.query<{ id: string }>('SELECT id FROM users WHERE email = :email', {
    replacements: { email },
    type: QueryTypes.SELECT,
    transaction: tx.current() ?? null,
  });
  const row = rows[0];
  return row ? UserId(row.id) : null;
}
