import {
  AfterCommitNotificationPublisher,
  InMemoryNotificationRepository,
  InMemoryBlockRepository,
  InProcessNotificationBus,
  MemoryDatabase,
  type NotificationBus,
  type NotificationBusMessage,
} from '@campus/adapters/memory';
import type { AfterCommit } from '@campus/adapters/cache';
import {
  BlockedNamesForNotifications,
  type Clock,
  type IdGenerator,
  type NotificationBlocks,
  type NotificationState,
} from '@campus/domain';
import { Notifier } from '../../src/index.js';

export interface NotifierBed {
  notifier: Notifier;
  notifications: InMemoryNotificationRepository;
  /** What reached the bus, in order: only what was committed. */
  published: NotificationState[];
  bus: NotificationBus;
}

/**
 * A notifier on `db` (the world's store, so a unit of work that fails takes its notifications
 * with it), publishing after `uow`'s commits on an in-process bus that records what it carried.
 */
export function testNotifier(
  clock: Clock,
  ids: IdGenerator,
  {
    db = new MemoryDatabase(),
    uow,
    blocks = new BlockedNamesForNotifications(new InMemoryBlockRepository(db)),
    bus = new InProcessNotificationBus(),
  }: { db?: MemoryDatabase; uow?: AfterCommit; blocks?: NotificationBlocks; bus?: NotificationBus } = {},
): NotifierBed {
  const notifications = new InMemoryNotificationRepository(db);
  const published: NotificationState[] = [];
  bus.listen({
    message: (m: NotificationBusMessage) => {
      if (m.kind === 'notification') published.push(m.notification);
    },
    gap: () => undefined,
  });
  const afterCommit: AfterCommit = uow ?? { afterCommit: (effect) => effect() };
  const publisher = new AfterCommitNotificationPublisher(afterCommit, bus);
  return {
    notifier: new Notifier(notifications, publisher, blocks, ids, clock),
    notifications,
    published,
    bus,
  };
}
