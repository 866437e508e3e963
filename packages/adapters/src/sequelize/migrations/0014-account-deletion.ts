import { QueryTypes, type QueryInterface } from 'sequelize';
import { dialectOf } from '../database.js';
import type { Migration } from './migration.js';

/**
 * The columns that keep naming an author once the account is deleted: its rows stay, re-keyed to
 * random ids that no account has (ADR 18). They lose their foreign key to `users`, which such an id
 * could not satisfy; a trigger keeps the key's other half, that a NEW row names a live account,
 * and reads the account's row as the key did (on MySQL, under a shared lock, so an insert waits
 * for a deletion that holds the row and then finds it gone).
 */
const KEPT: readonly (readonly [table: string, column: string])[] = [
  ['posts', 'author_id'],
  ['comments', 'author_id'],
  ['post_likes', 'user_id'],
  ['comment_likes', 'user_id'],
  ['post_reports', 'user_id'],
  ['comment_reports', 'user_id'],
  ['post_aliases', 'user_id'],
  ['reviews', 'author_id'],
];

/** The message of a write refused because its account is gone; the server answers 401 for it. */
export const ACCOUNT_GONE = 'ACCOUNT_GONE';

const trigger = (table: string) => `${table}_account_live`;
/** A column's definition on SQLite with its foreign key to `users`, and without it. */
export const REFERENCE = (column: string) =>
  `\`${column}\` CHAR(36) NOT NULL REFERENCES \`users\` (\`id\`) ON DELETE CASCADE`;
export const PLAIN = (column: string) => `\`${column}\` CHAR(36) NOT NULL`;

export const accountDeletion: Migration = {
  name: '0014-account-deletion',
  async up({ context: q }) {
    if (dialectOf(q.sequelize) === 'mysql') {
      for (const [table, column] of KEPT) {
        const name = await mysqlForeignKey(q, table, column);
        if (name) await q.sequelize.query(`ALTER TABLE ${table} DROP FOREIGN KEY \`${name}\``);
        await q.sequelize.query(mysqlTrigger(table, column));
      }
      return;
    }
    await rebuildSqlite(q, KEPT, (sql, column) => sql.replace(REFERENCE(column), PLAIN(column)));
    for (const [table, column] of KEPT) await q.sequelize.query(sqliteTrigger(table, column));
  },
  async down({ context: q }) {
    for (const [table] of KEPT) await q.sequelize.query(`DROP TRIGGER IF EXISTS ${trigger(table)}`);
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

export async function mysqlForeignKey(
  q: QueryInterface,
  table: string,
  column: string,
): Promise<string | null> {
  const rows = await q.sequelize.query<{ name: string }>(
    `SELECT CONSTRAINT_NAME AS name FROM information_schema.KEY_COLUMN_USAGE
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table AND COLUMN_NAME = :column
        AND REFERENCED_TABLE_NAME = 'users'`,
    { replacements: { table, column }, type: QueryTypes.SELECT },
  );
  return rows[0]?.name ?? null;
}

/** A new row's `column` must name a live account, read under a shared lock; `name` the trigger's. */
export function mysqlTrigger(table: string, column: string, name = trigger(table)): string {
  return `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW
    BEGIN
      DECLARE live INT;
      SELECT COUNT(*) INTO live FROM users WHERE id = NEW.${column} LOCK IN SHARE MODE;
      IF live = 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${ACCOUNT_GONE}'; END IF;
    END`;
}

export function sqliteTrigger(table: string, column: string, name = trigger(table)): string {
  return `CREATE TRIGGER ${name} BEFORE INSERT ON ${table}
    WHEN NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.${column})
    BEGIN SELECT RAISE(ABORT, '${ACCOUNT_GONE}'); END`;
}

/**
 * SQLite cannot drop a foreign key: each table is made again with its new definition, the way
 * SQLite's documentation says (keys off, new table, copy, drop, rename, indexes, check), in one
 * transaction. With keys off, dropping the old table deletes nothing that references it.
 */
export async function rebuildSqlite(
  q: QueryInterface,
  columns: readonly (readonly [table: string, column: string])[],
  change: (sql: string, column: string) => string,
): Promise<void> {
  const run = (sql: string) => q.sequelize.query(sql);
  await run('PRAGMA foreign_keys = OFF');
  // The rename checks every trigger of the schema, and a trigger on another table that reads this
  // one (0019's on conversations reads posts and comments) names a table that is not there while
  // it is made again; legacy renames leave other tables' triggers alone, as the steps expect.
  await run('PRAGMA legacy_alter_table = ON');
  try {
    await run('BEGIN');
    for (const [table, column] of columns) {
      const rows = await q.sequelize.query<{ type: string; sql: string | null }>(
        'SELECT type, sql FROM sqlite_master WHERE tbl_name = :table ORDER BY type DESC',
        { replacements: { table }, type: QueryTypes.SELECT },
      );
      const create = rows.find((row) => row.type === 'table')?.sql ?? '';
      const next = change(create, column);
      if (next === create) throw new Error(`The definition of ${table}.${column} is not the one expected.`);
      await run(next.replace(/^CREATE TABLE [`"]?\w+[`"]?/, `CREATE TABLE \`${table}__new\``));
      await run(`INSERT INTO \`${table}__new\` SELECT * FROM \`${table}\``);
      await run(`DROP TABLE \`${table}\``);
      await run(`ALTER TABLE \`${table}__new\` RENAME TO \`${table}\``);
      for (const row of rows) if (row.type === 'index' && row.sql) await run(row.sql);
    }
    const broken = await q.sequelize.query('PRAGMA foreign_key_check', { type: QueryTypes.SELECT });
    if (broken.length > 0) throw new Error('Rebuilding the tables broke a foreign key.');
    await run('COMMIT');
  } catch (error) {
    await run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await run('PRAGMA legacy_alter_table = OFF');
    await run('PRAGMA foreign_keys = ON');
  }
}
