import { Nickname } from '@campus/domain';
import { DataTypes, QueryTypes, type QueryInterface } from 'sequelize';
import { dialectOf } from '../database.js';
import type { Migration } from './migration.js';

/** NFKC may spell one character with up to 18, so 20 characters may need 360. */
const KEY_LENGTH = 400;

/**
 * Nicknames become unique by their key (`Nickname.key`: NFKC, case-folded, invisible characters
 * removed) instead of by their spelling, so that a look-alike counts as taken; the database's
 * unique index decides, as it does for every name. Existing rows get their key; where two already
 * share one (look-alikes taken before this rule), the earlier account keeps the key and the later
 * one a key of its own, suffixed with its id, so that nobody loses their nickname and nobody new
 * can take either.
 */
export const identityInput: Migration = {
  name: '0006-identity-input',
  async up({ context: q }) {
    await q.addColumn('users', 'nickname_key', {
      type: DataTypes.STRING(KEY_LENGTH),
      allowNull: false,
      defaultValue: '',
    });
    await backfill(q);
    if (dialectOf(q.sequelize) === 'mysql')
      await q.sequelize.query('ALTER TABLE users ALTER COLUMN nickname_key DROP DEFAULT');
    // `users_nickname_unique` stays: redundant for uniqueness now, but it covers the (nickname, id)
    // that the board's author join reads, and MariaDB's plans for those lists rely on it.
    await q.addIndex('users', ['nickname_key'], { unique: true, name: 'users_nickname_key_unique' });
  },
  async down({ context: q }) {
    await q.removeIndex('users', 'users_nickname_key_unique');
    // SQLite's DROP COLUMN, not Sequelize's rebuild of the table, which would drop `users`
    // under the foreign keys of every table that references it.
    await q.sequelize.query('ALTER TABLE users DROP COLUMN nickname_key');
  },
};

async function backfill(q: QueryInterface): Promise<void> {
  const rows = await q.sequelize.query<{ id: string; nickname: string }>(
    'SELECT id, nickname FROM users ORDER BY joined_at, id',
    { type: QueryTypes.SELECT },
  );
  const taken = new Set<string>();
  for (const { id, nickname } of rows) {
    let key = Nickname.key(nickname);
    if (taken.has(key)) key = `${key}#${id}`;
    taken.add(key);
    await q.sequelize.query('UPDATE users SET nickname_key = :key WHERE id = :id', {
      replacements: { key, id },
    });
  }
}
