import {
  CLOCK,
  ID_GENERATOR,
  Notification,
  NOTIFICATION_BLOCKS,
  NOTIFICATION_PUBLISHER,
  NOTIFICATION_REPOSITORY,
  NotificationId,
  type Clock,
  type IdGenerator,
  type NotificationBlocks,
  type NotificationPublisher,
  type NotificationRepository,
  type NotificationTarget,
  type NotificationType,
  type UserId,
} from '@campus/domain';
import { useCase } from '../shared/use-case.js';

export interface NewNotification {
  recipientId: UserId;
  type: NotificationType;
  text: string;
  target?: NotificationTarget;
  /** Who acted, and whether they acted under their name; null for no one (a post turning HOT). */
  actor: { id: UserId; named: boolean } | null;
}

/**
 * Adds a notification from any use case in one call. Called inside the writer's unit of work, it
 * joins it: the notification commits with the write that caused it, and the open streams are told
 * only after that commit. Nobody is told of their own actions, nor of the named actions of a
 * member they blocked by username.
 */
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly publisher: NotificationPublisher,
    private readonly blocks: NotificationBlocks,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async notify({ recipientId, type, text, target = {}, actor }: NewNotification): Promise<void> {
    if (actor?.id === recipientId) return;
    if (actor?.named && (await this.blocks.hasBlockedNamed(recipientId, actor.id))) return;
    const notification = Notification.create(
      { id: NotificationId(this.ids.next()), recipientId, type, text, target },
      this.clock.now(),
    );
    await this.notifications.add(notification);
    await this.publisher.publish(notification.snapshot());
  }
}

/** One notifier, shared by every feature that notifies. */
export const notifier = useCase(Notifier, [
  NOTIFICATION_REPOSITORY,
  NOTIFICATION_PUBLISHER,
  NOTIFICATION_BLOCKS,
  ID_GENERATOR,
  CLOCK,
]);
