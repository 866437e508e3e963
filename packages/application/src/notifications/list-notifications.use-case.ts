import {
  checkPageRequest,
  type Actor,
  type Keyset,
  type NotificationRepository,
  type PageRequest,
} from '@campus/domain';
import { toNotificationDto, type NotificationDto } from './notifications.dto.js';

export interface ListNotificationsInput {
  actor: Actor;
  page: PageRequest;
  /** Only the unread ones. */
  unreadOnly?: boolean | undefined;
}

export interface ListNotificationsOutput {
  items: NotificationDto[];
  next: Keyset | null;
  unreadCount: number;
}

export class ListNotifications {
  constructor(private readonly notifications: NotificationRepository) {}

  /** My notifications, newest first, with how many are unread. @throws ValidationFailed */
  async execute({
    actor,
    page,
    unreadOnly = false,
  }: ListNotificationsInput): Promise<ListNotificationsOutput> {
    checkPageRequest(page);
    const [found, unreadCount] = await Promise.all([
      this.notifications.page(actor.id, page, unreadOnly),
      this.notifications.unreadCount(actor.id),
    ]);
    return { items: found.items.map(toNotificationDto), next: found.next, unreadCount };
  }
}
