import { ViewCache, cacheIdentityStores } from '../../src/cache/index.js';
import {
  RedisCache,
  closeRedisClient,
  createRedisClient,
  waitForRedis,
  type RedisClient,
} from '../../src/redis/index.js';
import { SequelizeAdapters } from '../../src/sequelize/index.js';
import { SystemClock } from '../../src/system/index.js';
import {
  boardContracts,
  cachedBoardPorts,
  cachedCoursesPorts,
  coursesContract,
  redisTestPrefix,
  redisTestUrl,
  sessionRepositoryContract,
  userRepositoryContract,
} from '../../src/testing/index.js';
import { portsOf } from '../sequelize/board-ports.js';

/**
 * The board, course, user and session contracts on SQLite behind the cache on the real Redis: every
 * contract reads after writing, so a view left stale by a missed retirement fails them. Each
 * test gets its own key prefix, so it starts with an empty cache.
 */
describe('board, course and identity adapters behind the Redis cache', function () {
  let client: RedisClient;
  let previous: (() => Promise<void>) | undefined;

  before(async function () {
    const url = await redisTestUrl(this);
    client = createRedisClient(url!);
    if (!(await waitForRedis(client, 5_000))) throw new Error(`redis at ${url} did not become ready`);
  });
  after(async () => {
    await previous?.();
    if (client) await closeRedisClient(client);
  });

  boardContracts('sqlite behind the Redis view cache', async () => {
    await previous?.();
    const adapters = await SequelizeAdapters.open('sqlite::memory:');
    previous = () => adapters.close();
    return cachedBoardPorts(portsOf(adapters), new RedisCache(client, redisTestPrefix()));
  });

  const identity = async () => {
    await previous?.();
    const adapters = await SequelizeAdapters.open('sqlite::memory:');
    previous = () => adapters.close();
    const views = new ViewCache(new RedisCache(client, redisTestPrefix()), new SystemClock());
    return {
      schools: adapters.schools,
      departments: adapters.departments,
      ...cacheIdentityStores(adapters, views, adapters.unitOfWork),
      uow: adapters.unitOfWork,
    };
  };
  userRepositoryContract('sqlite behind the Redis cache', identity);
  sessionRepositoryContract('sqlite behind the Redis cache', identity);

  coursesContract('sqlite behind the Redis view cache', async () => {
    await previous?.();
    const adapters = await SequelizeAdapters.open('sqlite::memory:');
    previous = () => adapters.close();
    const ports = { schools: adapters.schools, users: adapters.users, courses: adapters.courses };
    return cachedCoursesPorts(
      { ...ports, reviews: adapters.reviews, uow: adapters.unitOfWork },
      new RedisCache(client, redisTestPrefix()),
    );
  });
});
