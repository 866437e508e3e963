export {
  closeRedisClient,
  createRedisClient,
  waitForRedis,
  type RedisClient,
  type RedisClientOptions,
} from './redis-client.js';
export { RedisDeadlineExceeded } from './redis-guard.js';
export { RedisCache } from './redis-cache.js';
export { RedisLoginAttemptStore } from './redis-login-attempt-store.js';
export { throttleReports, type RedisErrorReporter } from './throttled-reports.js';
export { RedisWriteLimiter } from './redis-write-limiter.js';
export { RedisNotificationBus, type RedisNotificationBusOptions } from './redis-notification-bus.js';
