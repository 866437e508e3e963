import { DataTypes } from 'sequelize';
import { dialectOf } from '../database.js';
import { TABLE_OPTIONS, id, time, type Migration } from './migration.js';

/**
 * Idempotency keys of creating requests, with the answer each got. The answer is written in the
 * transaction of the create it answers, so a key is answered if and only if its create committed.
 * The key is the primary key with its scope (a user id, or the shared scope of signup): uniqueness
 * is decided here, whichever instance a retry reaches.
 */
export const idempotency: Migration = {
  name: '0007-idempotency',
  async up({ context: q }) {
    await q.createTable(
      'idempotency_keys',
      {
        scope: { type: DataTypes.STRING(36), allowNull: false, primaryKey: true },
        idempotency_key: { type: DataTypes.STRING(255), allowNull: false, primaryKey: true },
        fingerprint: { type: DataTypes.CHAR(64), allowNull: false },
        attempt: id(),
        state: { type: DataTypes.STRING(8), allowNull: false },
        response_status: { type: DataTypes.INTEGER, allowNull: true },
        // An answer carries up to 10,000 characters of content, escaped: more than MySQL's TEXT holds.
        response_body: {
          type: dialectOf(q.sequelize) === 'mysql' ? DataTypes.TEXT('medium') : DataTypes.TEXT,
          allowNull: true,
        },
        created_at: time(),
        lease_until: time(),
        expires_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('idempotency_keys', ['expires_at'], { name: 'idempotency_keys_expiry' });
  },
  async down({ context: q }) {
    await q.dropTable('idempotency_keys');
  },
};
