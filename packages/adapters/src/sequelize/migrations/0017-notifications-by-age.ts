import type { Migration } from './migration.js';

/**
 * Notifications by age alone, for pruning: deleting the oldest ones past the retention, a batch
 * at a time, reads one range of this index (every other index of the table leads with the
 * recipient).
 */
export const notificationsByAge: Migration = {
  name: '0017-notifications-by-age',
  async up({ context: q }) {
    await q.addIndex('notifications', ['created_at'], { name: 'notifications_created' });
  },
  async down({ context: q }) {
    await q.removeIndex('notifications', 'notifications_created');
  },
};
