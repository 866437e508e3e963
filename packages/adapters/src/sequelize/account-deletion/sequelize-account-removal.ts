import { SessionId, type AccountRemoval, type UserId } from '@campus/domain';
import type { Sql } from '../sql.js';

/**
 * The account's row, locked first and deleted last; its sessions, refresh and reset tokens go
 * with it by their foreign keys. Runs inside the deletion's unit of work.
 */
export class SequelizeAccountRemoval implements AccountRemoval {
  constructor(private readonly sql: Sql) {}

  /** On MySQL the row's write lock: a second deletion, and a write naming the account, wait here. */
  async claim(userId: UserId): Promise<boolean> {
    return (
      (await this.sql.one(`SELECT id FROM users WHERE id = :userId${this.sql.forUpdate}`, { userId })) !==
      null
    );
  }

  /** Locks the other admins' rows too, so two admins deleting themselves at once cannot both go. */
  async hasOtherAdmin(userId: UserId): Promise<boolean> {
    const rows = await this.sql.select(
      `SELECT id FROM users WHERE role = 'admin' AND id <> :userId${this.sql.forUpdate}`,
      { userId },
    );
    return rows.length > 0;
  }

  async remove(userId: UserId): Promise<SessionId[]> {
    const sessions = await this.sql.select<{ id: string }>(
      'SELECT id FROM sessions WHERE user_id = :userId',
      {
        userId,
      },
    );
    await this.sql.run('DELETE FROM users WHERE id = :userId', { userId });
    return sessions.map((row) => SessionId(row.id));
  }
}
