import { NOTIFICATION_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryNotificationRepository } from './in-memory-notification-repository.js';

/** Notifications in memory. Their live delivery is the process's, not the store's: see `memoryPorts`. */
export const memoryNotifications: AdapterModule<MemoryDatabase> = (db) => [
  provide(NOTIFICATION_REPOSITORY, new InMemoryNotificationRepository(db)),
];
