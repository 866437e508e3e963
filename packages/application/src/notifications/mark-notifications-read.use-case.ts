import { NotificationId, type Actor, type Clock, type NotificationRepository } from '@campus/domain';

export interface MarkNotificationsReadInput {
  actor: Actor;
  /** The newest notification to mark, included; all of them when absent. */
  upTo?: string | undefined;
}

export class MarkNotificationsRead {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /** Marks my notifications read up to `upTo`; an id that is not mine marks nothing. */
  async execute({ actor, upTo }: MarkNotificationsReadInput): Promise<void> {
    await this.notifications.markRead(actor.id, upTo ? NotificationId(upTo) : null, this.clock.now());
  }
}
