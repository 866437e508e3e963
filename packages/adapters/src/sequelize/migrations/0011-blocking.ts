import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, primaryId, reference, time, type Migration } from './migration.js';

/**
 * Blocks. `target_key` names what is blocked (`user:U`, `post:P`, `thread:P:U`), and a unique
 * index on (blocker, target_key) decides "the same target twice". `blocked_user_id` is the account
 * behind the target, used to filter and never presented; `post_id` is set for content blocks. A
 * block goes with either account, and a content block with its post.
 */
export const blocking: Migration = {
  name: '0011-blocking',
  async up({ context: q }) {
    await q.createTable(
      'blocks',
      {
        id: primaryId(),
        blocker_id: reference('users'),
        kind: { type: DataTypes.STRING(8), allowNull: false },
        target_key: { type: DataTypes.STRING(100), allowNull: false },
        blocked_user_id: reference('users'),
        post_id: reference('posts', 'CASCADE', true),
        label: { type: DataTypes.STRING(64), allowNull: false },
        created_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('blocks', ['blocker_id', 'target_key'], {
      unique: true,
      name: 'blocks_blocker_target_unique',
    });
    await q.addIndex('blocks', ['blocker_id', 'created_at', 'id'], { name: 'blocks_blocker_newest' });
    await q.addIndex('blocks', ['blocked_user_id'], { name: 'blocks_blocked_user' });
  },
  async down({ context: q }) {
    await q.dropTable('blocks');
  },
};
