import { NOTIFICATION_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeNotificationRepository } from './sequelize-notification-repository.js';

/** Notifications in hand-written SQL; their live delivery is the server's (a bus around the store). */
export const sequelizeNotifications: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(NOTIFICATION_REPOSITORY, new SequelizeNotificationRepository(sql)),
];
