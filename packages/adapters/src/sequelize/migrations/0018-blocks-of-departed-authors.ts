import { dialectOf } from '../database.js';
import { PLAIN, REFERENCE, mysqlForeignKey, rebuildSqlite } from './0014-account-deletion.js';
import type { Migration } from './migration.js';

/**
 * A block may name the author of content whose account is gone: that content is kept under a
 * random id that no account has (0014), and blocking it must work as for any other author. So
 * `blocks.blocked_user_id` loses its foreign key to `users` (on SQLite by rebuilding the table, as
 * 0014 does). Nothing is left behind by it: a deletion erases the blocks of the account explicitly
 * (the blocks erasure step), and the blocker's key (`blocker_id`) stays.
 */
const COLUMNS: readonly (readonly [table: string, column: string])[] = [['blocks', 'blocked_user_id']];

export const blocksOfDepartedAuthors: Migration = {
  name: '0018-blocks-of-departed-authors',
  async up({ context: q }) {
    if (dialectOf(q.sequelize) === 'mysql') {
      const name = await mysqlForeignKey(q, 'blocks', 'blocked_user_id');
      if (name) await q.sequelize.query(`ALTER TABLE blocks DROP FOREIGN KEY \`${name}\``);
      return;
    }
    await rebuildSqlite(q, COLUMNS, (sql, column) => sql.replace(REFERENCE(column), PLAIN(column)));
  },
  async down({ context: q }) {
    if (dialectOf(q.sequelize) === 'mysql') {
      await q.sequelize.query(
        'ALTER TABLE blocks ADD FOREIGN KEY (blocked_user_id) REFERENCES users (id) ON DELETE CASCADE',
      );
      return;
    }
    await rebuildSqlite(q, COLUMNS, (sql, column) => sql.replace(PLAIN(column), REFERENCE(column)));
  },
};
