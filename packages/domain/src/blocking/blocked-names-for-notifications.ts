import type { NotificationBlocks } from '../notifications/notifications.ports.js';
import type { UserId } from '../shared/ids.js';
import type { BlockRepository } from './blocking.ports.js';

/** Blocking's answer to notifications: a member blocked by username notifies the blocker of nothing named. */
export class BlockedNamesForNotifications implements NotificationBlocks {
  constructor(private readonly blocks: BlockRepository) {}

  async hasBlockedNamed(readerId: UserId, actorId: UserId): Promise<boolean> {
    return (await this.blocks.targetsOf(readerId)).users.includes(actorId);
  }
}
