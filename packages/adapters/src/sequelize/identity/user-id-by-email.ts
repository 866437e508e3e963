import { UserId } from '@campus/domain';
import type { Sql } from '../sql.js';

/** The account holding an e-mail address, through the unique index on `users.email`. */
export async function userIdByEmail(sql: Sql, email: string): Promise<UserId | null> {
  const row = await sql.one<{ id: string }>('SELECT id FROM users WHERE email = :email', { email });
  return row ? UserId(row.id) : null;
}
