import type { IdempotencyStore } from '@campus/adapters/idempotency';
import { CACHE } from '@campus/adapters/cache';
import type { Ports } from '@campus/adapters/composition';
import type { UseCases } from '@campus/application';
import { LOGIN_ATTEMPT_STORE, WRITE_LIMITER, type Clock, type Mailer } from '@campus/domain';
import { Container } from 'inversify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { openCacheLayer, type CacheObserver } from './cache-layer.js';
import { infrastructureModule } from './infrastructure.module.js';
import { openNotificationDelivery, type NotificationDelivery } from './notification-delivery.js';
import { openStorage } from './storage.js';
import { CONFIG, LOGGER, type OpenedStorage, type Storage } from './tokens.js';
import { resolveUseCases, useCasesModule } from './use-cases.module.js';

export interface Composition {
  container: Container;
  /** Every use case, resolved once. */
  useCases: UseCases;
  storage: Storage;
  idempotency: IdempotencyStore;
  redisReady: (() => Promise<'up' | 'down'>) | undefined;
  /** The open notification streams of this process, and the bus between the instances. */
  notifications: NotificationDelivery;
}

/**
 * The composition root: the only place that knows which adapters serve which ports. The storage
 * set is chosen by DATABASE_URL (`memory`, `sqlite:...`, `mysql://...`), migrated here (unless
 * `migrate` is false: a worker whose primary migrated before forking); the cache
 * layer by REDIS_URL (Redis, or this process's memory).
 */
export async function compose(
  config: Config,
  logger: Logger,
  {
    clock,
    migrate = true,
    observeCache,
    mailer,
  }: {
    clock?: Clock | undefined;
    migrate?: boolean;
    observeCache?: CacheObserver | undefined;
    mailer?: Mailer | undefined;
  } = {},
): Promise<Composition> {
  const cached = openCacheLayer(config, logger, observeCache);
  const notifications = openNotificationDelivery(config, logger);
  // Notifications are delivered around the cached ports: a revoked session is told once committed.
  const layer = { ...cached, around: (ports: Ports) => notifications.around(cached.around(ports)) };
  const opened = await openStorage(config.databaseUrl, layer, migrate).catch(async (error: unknown) => {
    await notifications.close();
    await cached.close();
    throw error;
  });
  const storage: OpenedStorage = {
    ...opened,
    close: async () => {
      await notifications.close();
      await opened.close();
      await cached.close();
    },
  };
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(CACHE).toConstantValue(cached.cache);
  container.bind(LOGIN_ATTEMPT_STORE).toConstantValue(cached.loginAttempts);
  container.bind(WRITE_LIMITER).toConstantValue(cached.writeLimiter);
  container.bind<Config>(CONFIG).toConstantValue(config);
  container.bind<Logger>(LOGGER).toConstantValue(logger);
  container.load(storage.module, infrastructureModule(config, logger, clock, mailer), useCasesModule);
  return {
    container,
    useCases: resolveUseCases(container),
    storage,
    idempotency: opened.idempotency,
    redisReady: cached.redisReady,
    notifications,
  };
}
