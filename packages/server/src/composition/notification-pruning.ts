import type { PruneNotifications } from '@campus/application';
import type { Logger } from 'pino';

/** The pruning a server runs in the background, until it stops. */
export interface NotificationPruning {
  /** No further run starts; resolves once the one under way (if any) has finished. */
  stop(): Promise<void>;
}

/** Batches a background run deletes at most; a larger backlog is finished by the next runs. */
const BATCHES_PER_RUN = 100;

/**
 * Deletes the notifications past their retention every `everyMs`, each wait drawn ±10% around it
 * so that the instances (and the workers of one) spread their runs, the first one interval after
 * the start. The timer never holds the process open; a failed run is logged and the next one
 * tries again. `everyMs` 0 runs nothing.
 */
export function pruneNotificationsPeriodically(
  prune: PruneNotifications,
  logger: Logger,
  everyMs: number,
  random: () => number = Math.random,
): NotificationPruning {
  let stopped = everyMs <= 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const run = async () => {
    try {
      const { deleted, cutoff, complete } = await prune.execute({ maxBatches: BATCHES_PER_RUN });
      if (deleted > 0) logger.info({ deleted, cutoff, complete }, 'old notifications pruned');
    } catch (error) {
      logger.warn({ err: error }, 'pruning old notifications failed; the next run tries again');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = run().finally(() => {
          running = null;
          schedule();
        });
      },
      Math.round(everyMs * (0.9 + 0.2 * random())),
    );
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
