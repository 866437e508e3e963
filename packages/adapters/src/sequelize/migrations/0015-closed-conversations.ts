import { dialectOf } from '../database.js';
import {
  PLAIN,
  REFERENCE,
  mysqlForeignKey,
  mysqlTrigger,
  rebuildSqlite,
  sqliteTrigger,
} from './0014-account-deletion.js';
import type { Migration } from './migration.js';

/**
 * A deleted account's conversations close and stay with the other member (ADR 18): the deleted
 * side's columns are re-keyed to a random id that no account has, as a board's kept rows are
 * (0014). They lose their foreign key to `users` (on SQLite by rebuilding the tables, as 0014 does)
 * and, like 0014's, keep its other half in a trigger: a new row must name a live account, else
 * `ACCOUNT_GONE`. The members' rows (`conversation_members`) keep their key: the deleted side's row
 * goes with it, and opening a conversation still needs both members alive.
 */
const KEPT: readonly (readonly [table: string, column: string])[] = [
  ['conversations', 'starter_id'],
  ['conversations', 'recipient_id'],
  ['messages', 'sender_id'],
  ['message_reports', 'user_id'],
];

const trigger = (table: string, column: string) => `${table}_${column}_live`;

export const closedConversations: Migration = {
  name: '0015-closed-conversations',
  async up({ context: q }) {
    if (dialectOf(q.sequelize) === 'mysql') {
      for (const [table, column] of KEPT) {
        const name = await mysqlForeignKey(q, table, column);
        if (name) await q.sequelize.query(`ALTER TABLE ${table} DROP FOREIGN KEY \`${name}\``);
        await q.sequelize.query(mysqlTrigger(table, column, trigger(table, column)));
      }
      return;
    }
    await rebuildSqlite(q, KEPT, (sql, column) => sql.replace(REFERENCE(column), PLAIN(column)));
    for (const [table, column] of KEPT)
      await q.sequelize.query(sqliteTrigger(table, column, trigger(table, column)));
  },
  async down({ context: q }) {
    for (const [table, column] of KEPT)
      await q.sequelize.query(`DROP TRIGGER IF EXISTS ${trigger(table, column)}`);
    if (dialectOf(q.sequelize) === 'mysql') {
      for (const [table, column] of KEPT)
        await q.sequelize.query(
          `ALTER TABLE ${table} ADD FOREIGN KEY (${column}) REFERENCES users (id) ON DELETE CASCADE`,
        );
      return;
    }
    await rebuildSqlite(q, KEPT, (sql, column) => sql.replace(PLAIN(column), REFERENCE(column)));
  },
};
