import { expect } from 'chai';
import {
  RedisCache,
  RedisLoginAttemptStore,
  RedisWriteLimiter,
  closeRedisClient,
  createRedisClient,
  waitForRedis,
  type RedisClient,
} from '../../src/redis/index.js';
import {
  cacheContract,
  loginAttemptStoreContract,
  redisTestPrefix,
  redisTestUrl,
  writeLimiterContract,
} from '../../src/testing/index.js';

async function openClient(url: string): Promise<RedisClient> {
  const client = createRedisClient(url);
  if (!(await waitForRedis(client, 5_000))) throw new Error(`redis at ${url} did not become ready`);
  return client;
}

cacheContract('redis', async () => {
  const url = await redisTestUrl();
  if (!url) return null;
  const client = await openClient(url);
  return { cache: new RedisCache(client, redisTestPrefix()), teardown: () => closeRedisClient(client) };
});

// Two clients, as two server instances would have: what one records, the other counts.
loginAttemptStoreContract('redis, two clients', async () => {
  const url = await redisTestUrl();
  if (!url) return null;
  const [one, two] = await Promise.all([openClient(url), openClient(url)]);
  const prefix = redisTestPrefix();
  return {
    stores: [new RedisLoginAttemptStore(one, prefix), new RedisLoginAttemptStore(two, prefix)],
    teardown: async () => {
      await Promise.all([closeRedisClient(one), closeRedisClient(two)]);
    },
  };
});

// Two clients, as two server instances would have: a write through one fills the other's window.
writeLimiterContract('redis, two clients', async () => {
  const url = await redisTestUrl();
  if (!url) return null;
  const [one, two] = await Promise.all([openClient(url), openClient(url)]);
  const prefix = redisTestPrefix();
  return {
    limiters: [new RedisWriteLimiter(one, prefix), new RedisWriteLimiter(two, prefix)],
    teardown: async () => {
      await Promise.all([closeRedisClient(one), closeRedisClient(two)]);
    },
  };
});

describe('Redis adapters on a real Redis', function () {
  let client: RedisClient;
  let prefix: string;
  const mine: string[] = [];

  before(async function () {
    const url = await redisTestUrl(this);
    client = await openClient(url!);
    prefix = redisTestPrefix();
  });
  after(async () => {
    if (!client) return;
    if (mine.length > 0) await client.del(mine);
    await closeRedisClient(client);
  });

  it('given a prefix, when the cache writes, then the key in Redis carries it and the TTL is set', async () => {
    const cache = new RedisCache(client, prefix);
    mine.push(`${prefix}k`);
    await cache.set('k', 'v', 30_000.6);
    expect(await client.get(`${prefix}k`)).to.equal('v');
    const ttl = await client.pTTL(`${prefix}k`);
    expect(ttl).to.be.within(20_000, 30_001); // less whatever time passed between the two commands
    expect(await new RedisCache(client, `${prefix}other:`).get('k')).to.equal(null);
  });

  it('given an attempt, when taken, then its counter expires with the window, and a release never goes below zero', async () => {
    const store = new RedisLoginAttemptStore(client, prefix);
    const key = `${prefix}login-attempts:user:alice`;
    mine.push(key);
    const slot = await store.take('user:alice', new Date(), 60_000);
    expect(await client.hGet(key, 'count')).to.equal('1');
    expect(await client.pTTL(key)).to.be.within(50_000, 60_000);
    await client.del(key);
    await slot.release();
    expect(await client.exists(key)).to.equal(0);
  });

  it('given a closed client, when the adapters are used, then they answer their fallbacks', async () => {
    const closed = await openClient((await redisTestUrl())!);
    await closeRedisClient(closed);
    await closeRedisClient(closed); // twice is harmless
    const cache = new RedisCache(closed, prefix);
    expect(await cache.get('k')).to.equal(null);
    expect(await cache.setIfAbsent('k', 'v', 1_000)).to.equal(false);
    expect(await cache.ping()).to.equal(false);
    const attempts = new RedisLoginAttemptStore(closed, prefix);
    expect((await attempts.take('a', new Date(), 60_000)).count).to.equal(1);
    expect((await attempts.take('a', new Date(), 60_000)).count).to.equal(2);
  });

  it('given a closed client, when writes are limited, then this process limits them on its own', async () => {
    const closed = await openClient((await redisTestUrl())!);
    await closeRedisClient(closed);
    const limiter = new RedisWriteLimiter(closed, prefix);
    const now = new Date();
    expect((await limiter.take('post:u', now, 10_000, 1)).granted).to.equal(true);
    expect(await limiter.take('post:u', new Date(now.getTime() + 4_000), 10_000, 1)).to.deep.equal({
      granted: false,
      retryAfterMs: 6_000,
    });
  });

  it('given a window filled while Redis was away, when Redis answers again, then the window still refuses', async () => {
    const limiter = new RedisWriteLimiter(client, prefix);
    const local = (limiter as unknown as { local: { take: RedisWriteLimiter['take'] } }).local;
    const now = new Date();
    // What an outage leaves behind: a write counted in this process only.
    await local.take('post:outage', now, 10_000, 1);
    mine.push(`${prefix}write-limits:post:outage`);
    expect(await limiter.take('post:outage', new Date(now.getTime() + 1_000), 10_000, 1)).to.deep.equal({
      granted: false,
      retryAfterMs: 9_000,
    });
    expect(await client.exists(`${prefix}write-limits:post:outage`)).to.equal(0);
  });
});
