import { UserId, type BlocksErasure } from '@campus/domain';
import type { Sql } from '../sql.js';

/** Blocks made by a deleted account or of it go with it (explicitly, not left to the cascade). */
export class SequelizeBlocksErasure implements BlocksErasure {
  constructor(private readonly sql: Sql) {}

  async blockersOf(userId: UserId): Promise<UserId[]> {
    const rows = await this.sql.select<{ blocker_id: string }>(
      'SELECT DISTINCT blocker_id FROM blocks WHERE blocker_id = :userId OR blocked_user_id = :userId',
      { userId },
    );
    return rows.map((row) => UserId(row.blocker_id));
  }

  async erase(userId: UserId): Promise<void> {
    await this.sql.run('DELETE FROM blocks WHERE blocker_id = :userId OR blocked_user_id = :userId', {
      userId,
    });
  }
}
