import type { NotificationBlocks } from '@campus/domain';

/**
 * No blocks yet: every named action notifies. Blocking provides the real answer under the same
 * token (`NOTIFICATION_BLOCKS`), from its own tables.
 */
export class NobodyBlocked implements NotificationBlocks {
  hasBlockedNamed(): Promise<boolean> {
    return Promise.resolve(false);
  }
}
