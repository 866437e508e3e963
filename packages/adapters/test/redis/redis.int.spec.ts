import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import {
  RedisCache,
  RedisLoginAttemptStore,
  closeRedisClient,
  createRedisClient,
  type RedisClient,
} from '../../src/index.js';
import { TcpProxy, cacheContract, loginAttemptStoreContract, redisTestUrl } from '../../src/testing/index.js';

async function ready(client: RedisClient, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!client.isReady) {
    if (Date.now() > deadline) throw new Error('redis client did not become ready');
    await new Promise((r) => setTimeout(r, 20));
  }
}

cacheContract('redis', async () => {
  const url = await redisTestUrl();
  if (!url) return null;
  const client = createRedisClient(url);
  await ready(client);
  return {
    cache: new RedisCache(client, `test:${randomUUID()}:`),
    advance: (ms: number) => new Promise((r) => setTimeout(r, ms)),
    teardown: () => closeRedisClient(client),
  };
});

loginAttemptStoreContract('redis, two instances', async () => {
  const url = await redisTestUrl();
  if (!url) return null;
  const [one, two] = [createRedisClient(url), createRedisClient(url)];
  await Promise.all([ready(one), ready(two)]);
  const prefix = `test:${randomUUID()}:`;
  return {
    stores: [new RedisLoginAttemptStore(one, 'one', prefix), new RedisLoginAttemptStore(two, 'two', prefix)],
    teardown: async () => {
      await closeRedisClient(one);
      await closeRedisClient(two);
    },
  };
});

describe('Redis faults never fail the caller', function () {
  this.timeout(20_000);
  let proxy: TcpProxy;
  let client: RedisClient;
  let cache: RedisCache;
  let attempts: RedisLoginAttemptStore;
  const errors: unknown[] = [];

  before(async function () {
    const url = await redisTestUrl();
    if (!url) return this.skip();
    const target = new URL(url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const port = await proxy.start();
    client = createRedisClient(`redis://127.0.0.1:${port}`, { onError: (e) => errors.push(e) });
    await ready(client);
    const prefix = `test:${randomUUID()}:`;
    cache = new RedisCache(client, prefix, (e) => errors.push(e));
    attempts = new RedisLoginAttemptStore(client, 'fault', prefix, (e) => errors.push(e));
  });
  after(async () => {
    if (client) await closeRedisClient(client);
    await proxy?.close();
  });

  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  }

  it('answers misses within about 200 ms while Redis is stalled, then recovers by itself', async () => {
    await cache.set('k', 'v', 60_000);
    expect(await cache.get('k')).to.equal('v');
    proxy.stall();
    await new Promise((r) => setTimeout(r, 50));
    const read = await timed(() => cache.get('k'));
    expect(read.value).to.equal(null);
    expect(read.ms).to.be.below(400);
    const write = await timed(() => cache.set('k2', 'v', 1_000));
    expect(write.ms).to.be.below(400);
    expect(await attempts.recentFailures('someone', new Date(0))).to.deep.equal([]);
    await attempts.recordFailure('someone', new Date(), 60_000);
    expect(await cache.ping()).to.equal(false);
    proxy.restore();
    const deadline = Date.now() + 10_000;
    while (!(await cache.ping())) {
      if (Date.now() > deadline) throw new Error('did not recover');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await cache.get('k')).to.equal('v');
  });

  it('answers at once while Redis refuses connections, then recovers by itself', async () => {
    proxy.cut();
    await new Promise((r) => setTimeout(r, 50));
    const read = await timed(() => cache.getMany(['a', 'b']));
    expect(read.value).to.deep.equal([null, null]);
    expect(read.ms).to.be.below(400);
    expect(await cache.setIfAbsent('x', 'y', 1_000)).to.equal(false);
    await cache.delete(['x']);
    proxy.restore();
    const deadline = Date.now() + 10_000;
    while (!(await cache.ping())) {
      if (Date.now() > deadline) throw new Error('did not recover');
      await new Promise((r) => setTimeout(r, 100));
    }
    await cache.set('after', 'ok', 10_000);
    expect(await cache.get('after')).to.equal('ok');
  });
});
