import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, id, primaryId, reference, time, type Migration } from './migration.js';

/**
 * Notifications, read by recipient newest first: `(recipient_id, created_at, id)` serves the list
 * and a stream's catch-up, `(recipient_id, read_at, created_at, id)` the unread list and count
 * (unread is `read_at IS NULL`). A member's notifications go with their account. Targets are plain
 * ids: a notification outlives the post, comment or conversation it names.
 */
export const notifications: Migration = {
  name: '0013-notifications',
  async up({ context: q }) {
    await q.createTable(
      'notifications',
      {
        id: primaryId(),
        recipient_id: reference('users'),
        type: { type: DataTypes.STRING(20), allowNull: false },
        text: { type: DataTypes.STRING(200), allowNull: false },
        post_id: { ...id(), allowNull: true },
        comment_id: { ...id(), allowNull: true },
        conversation_id: { ...id(), allowNull: true },
        created_at: time(),
        read_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('notifications', ['recipient_id', 'created_at', 'id'], {
      name: 'notifications_recipient_time',
    });
    await q.addIndex('notifications', ['recipient_id', 'read_at', 'created_at', 'id'], {
      name: 'notifications_recipient_unread',
    });
  },
  async down({ context: q }) {
    await q.dropTable('notifications');
  },
};
