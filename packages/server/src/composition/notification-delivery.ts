import { AFTER_COMMIT } from '@campus/adapters/cache';
import { provide, type Ports } from '@campus/adapters/composition';
import {
  AfterCommitNotificationPublisher,
  InProcessNotificationBus,
  NotificationHub,
  StreamEndingAccountRemoval,
  StreamEndingSessionRepository,
  type NotificationBus,
} from '@campus/adapters/memory';
import { RedisNotificationBus, closeRedisClient, createRedisClient } from '@campus/adapters/redis';
import {
  ACCOUNT_REMOVAL,
  NOTIFICATION_FEED,
  NOTIFICATION_PUBLISHER,
  SESSION_REPOSITORY,
} from '@campus/domain';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';

/**
 * How notifications reach open streams: a bus between the instances (Redis pub/sub with
 * REDIS_URL, else this process), the hub of this process's streams, and the ports that put
 * committed notifications and ended sessions (revoked, or deleted with their account) on the bus.
 */
export interface NotificationDelivery {
  hub: NotificationHub;
  /** A storage's ports with the publisher, the feed, and sessions whose end closes their streams. */
  around(ports: Ports): Ports;
  /** Ends every open stream at once: the server is stopping, and must not wait for them. */
  endStreams(): void;
  close(): Promise<void>;
}

export function openNotificationDelivery(config: Config, logger: Logger): NotificationDelivery {
  let bus: NotificationBus;
  let closeClient = () => Promise.resolve();
  if (config.redisUrl) {
    let lastReport = 0;
    // One log line every 10 s is enough during an outage; the streams catch up from the database.
    const report = (error: unknown) => {
      const now = Date.now();
      if (now - lastReport < 10_000) return;
      lastReport = now;
      logger.warn({ err: error }, 'redis unavailable; notification streams catch up from the database');
    };
    const publisher = createRedisClient(config.redisUrl, { onError: report });
    bus = new RedisNotificationBus({
      publisher,
      url: config.redisUrl,
      prefix: config.redisKeyPrefix,
      onError: report,
    });
    closeClient = () => closeRedisClient(publisher);
  } else {
    bus = new InProcessNotificationBus();
  }
  const hub = new NotificationHub(bus);
  return {
    hub,
    around: (ports) => {
      const uow = ports.get(AFTER_COMMIT);
      return ports.add([
        provide(NOTIFICATION_PUBLISHER, new AfterCommitNotificationPublisher(uow, bus)),
        provide(NOTIFICATION_FEED, hub),
        provide(
          SESSION_REPOSITORY,
          new StreamEndingSessionRepository(ports.get(SESSION_REPOSITORY), uow, bus),
        ),
        provide(ACCOUNT_REMOVAL, new StreamEndingAccountRemoval(ports.get(ACCOUNT_REMOVAL), uow, bus)),
      ]);
    },
    endStreams: () => hub.close(),
    async close() {
      hub.close();
      await bus.close();
      await closeClient();
    },
  };
}
