import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, reference, time, type Migration } from './migration.js';

/**
 * Password reset tokens, stored as the sha256 of the token (the token itself is only in the mail),
 * unique, so a look-up by hash finds one row. A token goes with its user.
 */
export const passwordReset: Migration = {
  name: '0008-password-reset',
  async up({ context: q }) {
    await q.createTable(
      'password_reset_tokens',
      {
        token_hash: { type: DataTypes.CHAR(64), allowNull: false },
        user_id: reference('users'),
        created_at: time(),
        expires_at: time(),
        used_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('password_reset_tokens', ['token_hash'], {
      unique: true,
      name: 'password_reset_tokens_hash_unique',
    });
    await q.addIndex('password_reset_tokens', ['user_id'], { name: 'password_reset_tokens_user' });
  },
  async down({ context: q }) {
    await q.dropTable('password_reset_tokens');
  },
};
