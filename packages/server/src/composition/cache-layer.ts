import {
  CachedSessionRepository,
  CachedUserRepository,
  InMemoryLoginAttemptStore,
  InProcessCache,
  RedisCache,
  RedisLoginAttemptStore,
  SystemClock,
  cacheBoardRows,
  cacheBoardStores,
  cacheCourseStores,
  closeRedisClient,
  createRedisClient,
  type BoardStores,
  type CourseStores,
} from '@campus/adapters';
import type { Cache, UnitOfWork, LoginAttemptStore, SessionRepository, UserRepository } from '@campus/domain';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { RedisProbe } from '../http/readiness.js';

/**
 * What can be rebuilt lives here: Redis when REDIS_URL is set (shared by every instance), else
 * this process's memory. Either way the database stays the source of truth.
 */
export interface CacheLayer {
  cache: Cache;
  loginAttempts: LoginAttemptStore;
  users(inner: UserRepository): UserRepository;
  sessions(inner: SessionRepository): SessionRepository;
  /** Courses and reviews: course details cached, review writes retiring them. */
  catalogue(stores: CourseStores, uow: UnitOfWork): CourseStores;
  /**
   * The board's stores and the users (nicknames show on board views), wrapped together; with
   * board views off, only the boards themselves are cached.
   */
  board(
    stores: BoardStores,
    users: UserRepository,
    uow: UnitOfWork,
  ): { stores: BoardStores; users: UserRepository };
  /** Present when Redis is configured: its state for /ready. */
  redisReady?: () => Promise<'up' | 'down'>;
  close(): Promise<void>;
}

/**
 * How long PINGs on an open connection must keep failing before /ready says Redis is down: longer
 * than the client's cool-down after one missed deadline, during which every command fails fast.
 */
const REDIS_DOWN_AFTER_MS = 3_000;

export function openCacheLayer(config: Config, logger: Logger): CacheLayer {
  const clock = new SystemClock();
  let cache: Cache;
  let loginAttempts: LoginAttemptStore;
  let close = () => Promise.resolve();
  let redisReady: (() => Promise<'up' | 'down'>) | undefined;
  if (config.redisUrl) {
    let lastReport = 0;
    // A Redis outage produces an error per command; one log line every 10 s is enough.
    const report = (error: unknown) => {
      const now = Date.now();
      if (now - lastReport < 10_000) return;
      lastReport = now;
      logger.warn({ err: error }, 'redis unavailable; serving from the database');
    };
    const client = createRedisClient(config.redisUrl, { onError: report });
    const prefix = config.redisKeyPrefix;
    cache = new RedisCache(client, prefix, report);
    loginAttempts = new RedisLoginAttemptStore(client, prefix, report);
    close = () => closeRedisClient(client);
    const probe = new RedisProbe(
      () => cache.ping(),
      () => client.isReady,
      REDIS_DOWN_AFTER_MS,
    );
    redisReady = () => probe.check();
  } else {
    cache = new InProcessCache(clock);
    loginAttempts = new InMemoryLoginAttemptStore();
  }
  return {
    cache,
    loginAttempts,
    users: (inner) => new CachedUserRepository(inner, cache),
    sessions: (inner) => new CachedSessionRepository(inner, cache, config.accessTokenTtlMs + 60_000),
    catalogue: (stores, uow) => cacheCourseStores(stores, cache, uow, clock),
    board: (stores, users, uow) =>
      config.cacheBoardViews
        ? cacheBoardStores(stores, users, cache, uow, clock)
        : { stores: cacheBoardRows(stores, cache, uow, clock), users },
    ...(redisReady ? { redisReady } : {}),
    close,
  };
}
