import { DataTypes, type QueryInterface } from 'sequelize';
import { TABLE_OPTIONS, id, primaryId, reference, time, type Migration } from './migration.js';

/** The reasons as of this migration: a reason added later adds its column in its own migration. */
const REPORT_REASONS = ['off_topic', 'abuse', 'obscene', 'advertising', 'fraud', 'spam', 'politics'];
const count = () => ({ type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 });
const reasonColumns = () => Object.fromEntries(REPORT_REASONS.map((reason) => [`reason_${reason}`, count()]));

/**
 * The moderation queue and the audit trail.
 *
 * `report_cases`: per reported post or comment, its reports not yet resolved (one open case per
 * target: `open_key` is `<type>:<id>` while open and NULL once resolved, under a unique index),
 * then the resolved ones. Reason counts are columns, so a report is one relative UPDATE. The
 * queue is read most reported first through (status, report_count, id), per school through
 * (school_id, status, report_count, id); an admin's post through (post_id, status).
 *
 * `admin_audit_log`: every admin action, newest first through (acted_at, id).
 *
 * Reports made before this migration become open cases, every one counting, as they did.
 */
export const moderation: Migration = {
  name: '0010-moderation',
  async up({ context: q }) {
    await q.createTable(
      'report_cases',
      {
        id: primaryId(),
        status: { type: DataTypes.STRING(8), allowNull: false },
        target_type: { type: DataTypes.STRING(8), allowNull: false },
        target_id: id(),
        open_key: { type: DataTypes.STRING(48), allowNull: true },
        post_id: reference('posts'),
        board_id: id(),
        school_id: id(),
        author_id: id(),
        report_count: count(),
        counted_count: count(),
        ...reasonColumns(),
        first_reported_at: time(),
        last_reported_at: time(),
        resolution: { type: DataTypes.STRING(12), allowNull: true },
        resolved_by: { type: DataTypes.CHAR(36), allowNull: true },
        resolved_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('report_cases', ['open_key'], { unique: true, name: 'report_cases_open_unique' });
    await q.addIndex('report_cases', ['status', 'report_count', 'id'], { name: 'report_cases_queue' });
    await q.addIndex('report_cases', ['school_id', 'status', 'report_count', 'id'], {
      name: 'report_cases_school_queue',
    });
    await q.addIndex('report_cases', ['post_id', 'status'], { name: 'report_cases_post' });
    await q.addIndex('report_cases', ['target_type', 'target_id'], { name: 'report_cases_target' });

    await q.createTable(
      'admin_audit_log',
      {
        id: primaryId(),
        actor_id: id(),
        action: { type: DataTypes.STRING(64), allowNull: false },
        target_type: { type: DataTypes.STRING(32), allowNull: false },
        target_id: { type: DataTypes.STRING(64), allowNull: false },
        detail: { type: DataTypes.TEXT, allowNull: false },
        acted_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('admin_audit_log', ['acted_at', 'id'], { name: 'admin_audit_log_time' });
    await backfill(q);
  },
  async down({ context: q }) {
    await q.dropTable('admin_audit_log');
    await q.dropTable('report_cases');
  },
};

/** Open cases for the reports already made; each case takes its target's id, which is unique. */
async function backfill(q: QueryInterface): Promise<void> {
  const concat = (a: string, b: string) =>
    q.sequelize.getDialect() === 'mysql' ? `CONCAT(${a}, ${b})` : `${a} || ${b}`;
  const reasons = REPORT_REASONS.map((reason) => `reason_${reason}`).join(', ');
  const sums = REPORT_REASONS.map((reason) => `SUM(CASE WHEN r.reason = '${reason}' THEN 1 ELSE 0 END)`).join(
    ', ',
  );
  const columns = `id, status, target_type, target_id, open_key, post_id, board_id, school_id, author_id, report_count, counted_count, ${reasons}, first_reported_at, last_reported_at`;
  await q.sequelize.query(
    `INSERT INTO report_cases (${columns})
     SELECT p.id, 'open', 'post', p.id, ${concat("'post:'", 'p.id')}, p.id, p.board_id, p.school_id, p.author_id,
            COUNT(*), COUNT(*), ${sums}, MIN(r.created_at), MAX(r.created_at)
     FROM post_reports r JOIN posts p ON p.id = r.post_id
     GROUP BY p.id, p.board_id, p.school_id, p.author_id`,
  );
  await q.sequelize.query(
    `INSERT INTO report_cases (${columns})
     SELECT c.id, 'open', 'comment', c.id, ${concat("'comment:'", 'c.id')}, p.id, p.board_id, p.school_id, c.author_id,
            COUNT(*), COUNT(*), ${sums}, MIN(r.created_at), MAX(r.created_at)
     FROM comment_reports r JOIN comments c ON c.id = r.comment_id JOIN posts p ON p.id = c.post_id
     GROUP BY c.id, p.id, p.board_id, p.school_id, c.author_id`,
  );
}
