import { NOTIFICATION_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { initNotificationModels } from './notifications.models.js';
import { SequelizeNotificationRepository } from './sequelize-notification-repository.js';

/** Notifications on Sequelize; their live delivery is the server's (a bus around the store). */
export const sequelizeNotifications: AdapterModule<SequelizeHandle> = ({ sequelize, transactions, sql }) => [
  provide(
    NOTIFICATION_REPOSITORY,
    new SequelizeNotificationRepository(initNotificationModels(sequelize), transactions, sql),
  ),
];
