export {
  Notification,
  NotificationId,
  NOTIFICATION_TYPES,
  type NotificationState,
  type NotificationTarget,
  type NotificationType,
} from './notification.entity.js';
export { notificationTexts } from './notification.texts.js';
export {
  NOTIFICATION_BLOCKS,
  NOTIFICATION_FEED,
  NOTIFICATION_PUBLISHER,
  NOTIFICATION_REPOSITORY,
  NOTIFICATION_RETENTION_DAYS,
  type NotificationBlocks,
  type NotificationFeed,
  type NotificationPublisher,
  type NotificationRepository,
  type NotificationSubscriber,
} from './notifications.ports.js';
