import { cacheModules, ViewCache, type CheckedCache } from '@campus/adapters/cache';
import { Ports } from '@campus/adapters/composition';
import { InMemoryLoginAttemptStore, InMemoryWriteLimiter, InProcessCache } from '@campus/adapters/memory';
import {
  RedisCache,
  RedisLoginAttemptStore,
  RedisWriteLimiter,
  closeRedisClient,
  createRedisClient,
} from '@campus/adapters/redis';
import { SystemClock } from '@campus/adapters/system';
import type { LoginAttemptStore, WriteLimiter } from '@campus/domain';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { RedisProbe } from '../http/readiness.js';

/**
 * What can be rebuilt lives here: Redis when REDIS_URL is set (shared by every instance), else
 * this process's memory. Either way the database stays the source of truth.
 */
export interface CacheLayer {
  cache: CheckedCache;
  loginAttempts: LoginAttemptStore;
  /** Per-user write limits: shared through Redis, with this process's memory as its fallback. */
  writeLimiter: WriteLimiter;
  /**
   * A storage's ports with each feature's cache module around them (users and sessions, boards and
   * posts, courses and reviews); with board views off, only the boards themselves are cached.
   */
  around(ports: Ports): Ports;
  /** Present when Redis is configured: its state for /ready. */
  redisReady?: () => Promise<'up' | 'down'>;
  close(): Promise<void>;
}

/**
 * How long PINGs on an open connection must keep failing before /ready says Redis is down: longer
 * than the client's cool-down after one missed deadline, during which every command fails fast.
 */
const REDIS_DOWN_AFTER_MS = 3_000;

/** Told of every cached view looked up, by kind of view (`post`, `comments`, `board`, ...). */
export type CacheObserver = (view: string, hit: boolean) => void;

export function openCacheLayer(config: Config, logger: Logger, observe?: CacheObserver): CacheLayer {
  const clock = new SystemClock();
  let cache: CheckedCache;
  let loginAttempts: LoginAttemptStore;
  let writeLimiter: WriteLimiter;
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
    cache = new RedisCache(client, config.redisKeyPrefix, report);
    loginAttempts = new RedisLoginAttemptStore(client, config.redisKeyPrefix, report);
    writeLimiter = new RedisWriteLimiter(client, config.redisKeyPrefix, report);
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
    writeLimiter = new InMemoryWriteLimiter();
  }
  // A lost retirement is logged, at most once every 10 s with how many were lost meanwhile: during
  // an outage every write loses its own.
  let lost = 0;
  let lastLost = 0;
  const onLost = (scopes: readonly string[]) => {
    lost += 1;
    const now = Date.now();
    if (now - lastLost < 10_000) return;
    logger.error(
      { scopes, lost },
      'cache retirements not confirmed; this process reads from the database until it sets a new cache generation',
    );
    [lost, lastLost] = [0, now];
  };
  // One view cache for the process: one generation to trust, one set of views kept decoded.
  const views = new ViewCache(cache, clock, {
    onLost,
    // Keys read `view:<kind>:<ids>`: the kind alone labels the lookup, never an id.
    onLookup: observe && ((view, hit) => observe(view.key.split(':')[1] ?? 'other', hit)),
  });
  return {
    cache,
    loginAttempts,
    writeLimiter,
    around: (raw) => {
      const ports = new Ports(raw.list());
      for (const module of cacheModules({ boardViews: config.cacheBoardViews }))
        ports.add(module(ports.get, views));
      return ports;
    },
    ...(redisReady ? { redisReady } : {}),
    close,
  };
}
