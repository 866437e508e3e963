import { dialectOf } from '../database.js';
import { rebuildSqlite } from './0014-account-deletion.js';
import type { Migration } from './migration.js';

/**
 * Reports of messages join the moderation queue (ADR 14): a case's target may be a message, which
 * has no post or board, and whose school is its sender's (none for an admin). So `post_id`,
 * `board_id` and `school_id` of `report_cases` may be NULL (on SQLite by rebuilding the table, as
 * 0014 does). Undoing it deletes the message cases first.
 */
const NULLABLE: readonly (readonly [table: string, column: string])[] = [
  ['report_cases', 'post_id'],
  ['report_cases', 'board_id'],
  ['report_cases', 'school_id'],
];

export const messageReportCases: Migration = {
  name: '0016-message-report-cases',
  async up({ context: q }) {
    if (dialectOf(q.sequelize) === 'mysql') {
      await q.sequelize.query(
        `ALTER TABLE report_cases ${NULLABLE.map(([, column]) => `MODIFY ${column} CHAR(36) NULL`).join(', ')}`,
      );
      return;
    }
    await rebuildSqlite(q, NULLABLE, (sql, column) =>
      sql.replace(`\`${column}\` CHAR(36) NOT NULL`, `\`${column}\` CHAR(36)`),
    );
  },
  async down({ context: q }) {
    await q.sequelize.query("DELETE FROM report_cases WHERE target_type = 'message'");
    if (dialectOf(q.sequelize) === 'mysql') {
      await q.sequelize.query(
        `ALTER TABLE report_cases ${NULLABLE.map(([, column]) => `MODIFY ${column} CHAR(36) NOT NULL`).join(', ')}`,
      );
      return;
    }
    await rebuildSqlite(q, NULLABLE, (sql, column) =>
      sql.replace(new RegExp(`\`${column}\` CHAR\\(36\\)(?! NOT NULL)`), `\`${column}\` CHAR(36) NOT NULL`),
    );
  },
};
