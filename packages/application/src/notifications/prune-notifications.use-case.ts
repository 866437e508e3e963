import { NOTIFICATION_RETENTION_DAYS, type Clock, type NotificationRepository } from '@campus/domain';

export interface PruneNotificationsInput {
  /** Deleted per statement: each is one short lock, and writes go on between them. */
  batchSize?: number;
  /** Stops after this many statements, to be called again later (a run is bounded). */
  maxBatches?: number;
}

export interface PruneNotificationsOutput {
  /** How many notifications were deleted. */
  deleted: number;
  /** Those made before this time were the ones deleted (ISO 8601). */
  cutoff: string;
  /** False when `maxBatches` stopped the run with older ones still left. */
  complete: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Deletes the notifications older than the retention (90 days), in bounded batches, each a
 * statement of its own outside any unit of work: a large backlog never holds one long lock. What
 * a member sees (their list, the unread count, a stream's catch-up) simply no longer has them.
 */
export class PruneNotifications {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /** @throws RangeError for a batch size or a number of batches that is not a positive whole number */
  async execute({
    batchSize = 1_000,
    maxBatches = 1_000,
  }: PruneNotificationsInput = {}): Promise<PruneNotificationsOutput> {
    for (const [name, n] of [
      ['batchSize', batchSize],
      ['maxBatches', maxBatches],
    ] as const)
      if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`${name} must be a whole number of at least 1.`);
    const cutoff = new Date(this.clock.now().getTime() - NOTIFICATION_RETENTION_DAYS * DAY_MS);
    let deleted = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const gone = await this.notifications.pruneBefore(cutoff, batchSize);
      deleted += gone;
      if (gone < batchSize) return { deleted, cutoff: cutoff.toISOString(), complete: true };
    }
    return { deleted, cutoff: cutoff.toISOString(), complete: false };
  }
}
