import { CLOCK, NOTIFICATION_FEED as FEED, NOTIFICATION_REPOSITORY as NOTIFICATIONS } from '@campus/domain';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { ListNotifications } from './list-notifications.use-case.js';
import { MarkNotificationsRead } from './mark-notifications-read.use-case.js';
import { OpenNotificationStream } from './open-notification-stream.use-case.js';
import { PruneNotifications } from './prune-notifications.use-case.js';

/** A member's notifications: the list, marking them read, and the live stream; pruning old ones. */
export const notificationsUseCases = {
  listNotifications: useCase(ListNotifications, [NOTIFICATIONS]),
  markNotificationsRead: useCase(MarkNotificationsRead, [NOTIFICATIONS, CLOCK]),
  openNotificationStream: useCase(OpenNotificationStream, [NOTIFICATIONS, FEED]),
  pruneNotifications: useCase(PruneNotifications, [NOTIFICATIONS, CLOCK]),
};

export type NotificationsUseCases = UseCasesOf<typeof notificationsUseCases>;
