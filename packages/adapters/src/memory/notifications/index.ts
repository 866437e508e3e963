export {
  AfterCommitNotificationPublisher,
  StreamEndingAccountRemoval,
  StreamEndingSessionRepository,
} from './after-commit-notification-publisher.js';
export { InMemoryNotificationRepository } from './in-memory-notification-repository.js';
export {
  decodeBusMessage,
  encodeBusMessage,
  InProcessNotificationBus,
  type NotificationBus,
  type NotificationBusListener,
  type NotificationBusMessage,
} from './notification-bus.js';
export { NotificationHub } from './notification-hub.js';
export { memoryNotifications } from './notifications.memory-module.js';
