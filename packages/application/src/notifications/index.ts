export {
  ListNotifications,
  type ListNotificationsInput,
  type ListNotificationsOutput,
} from './list-notifications.use-case.js';
export {
  MarkNotificationsRead,
  type MarkNotificationsReadInput,
} from './mark-notifications-read.use-case.js';
export { notificationsUseCases, type NotificationsUseCases } from './notifications.use-cases.js';
export { type NotificationDto, toNotificationDto } from './notifications.dto.js';
export { type NewNotification, Notifier, notifier } from './notifier.js';
export {
  type NotificationStream,
  OpenNotificationStream,
  type OpenNotificationStreamInput,
} from './open-notification-stream.use-case.js';
export {
  PruneNotifications,
  type PruneNotificationsInput,
  type PruneNotificationsOutput,
} from './prune-notifications.use-case.js';
