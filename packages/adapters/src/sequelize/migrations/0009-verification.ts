import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, reference, time, type Migration } from './migration.js';

/**
 * A member's standing: when their school address was verified, and an admin's restriction, on the
 * user's row (the write gate reads the user once, and that read is a cached view); a school's
 * e-mail domains, as a JSON array; and verification codes, one per member (a new one replaces the
 * old), stored as a keyed hash with the tries left.
 */
export const verification: Migration = {
  name: '0009-verification',
  async up({ context: q }) {
    await q.addColumn('users', 'verified_at', time(true));
    await q.addColumn('users', 'restricted_until', time(true));
    await q.addColumn('users', 'restriction_reason', { type: DataTypes.STRING(500), allowNull: true });
    await q.addColumn('schools', 'email_domains', { type: DataTypes.TEXT, allowNull: true });
    await q.createTable(
      'verification_codes',
      {
        user_id: { ...reference('users'), primaryKey: true },
        email: { type: DataTypes.STRING(254), allowNull: false },
        code_hash: { type: DataTypes.CHAR(64), allowNull: false },
        created_at: time(),
        expires_at: time(),
        tries_left: { type: DataTypes.INTEGER, allowNull: false },
      },
      TABLE_OPTIONS,
    );
  },
  async down({ context: q }) {
    await q.dropTable('verification_codes');
    // SQLite's DROP COLUMN, not Sequelize's rebuild of the table, which would drop `users` under
    // the foreign keys of every table that references it.
    for (const [table, column] of [
      ['schools', 'email_domains'],
      ['users', 'restriction_reason'],
      ['users', 'restricted_until'],
      ['users', 'verified_at'],
    ])
      await q.sequelize.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
  },
};
