import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import {
  RedisDeadlineExceeded,
  closeRedisClient,
  createRedisClient,
  waitForRedis,
} from '../../src/redis/index.js';
import { TcpProxy, redisTestUrl } from '../../src/testing/index.js';
import { eventually, proxiedRedis, timed, watchUnhandled, type ProxiedRedis } from './redis-fixture.js';

// The command deadline is 200 ms. Without it a call on a stalled connection would wait as long as the
// stall (for ever), so a bound five times the deadline still fails on a missing or misset deadline,
// while leaving room for a CI machine busy with other suites.
const FAST = 1_000;

describe('Redis faults never fail the caller (through a TCP proxy)', function () {
  this.timeout(20_000);
  let url: string;
  let r: ProxiedRedis | undefined;
  let unhandled: ReturnType<typeof watchUnhandled>;

  before(async function () {
    url = (await redisTestUrl(this))!;
  });
  beforeEach(() => {
    unhandled = watchUnhandled();
  });
  afterEach(async () => {
    await r?.close();
    r = undefined;
    unhandled.stop();
    expect(unhandled.seen, 'unhandled errors').to.deep.equal([]);
  });

  async function connected(): Promise<ProxiedRedis> {
    r = await proxiedRedis(url);
    expect(await waitForRedis(r.client, 5_000)).to.equal(true);
    await r.cache.set('k', 'v', 60_000);
    expect(await r.cache.get('k')).to.equal('v');
    return r;
  }

  /**
   * Every adapter call answers its fallback, each within FAST; login attempts go on counting in
   * process memory (a throttle that failed open would answer 1 each time). Answers the key counted.
   */
  async function expectFallbacks({ cache, attempts }: ProxiedRedis): Promise<string> {
    const calls: [() => Promise<unknown>, unknown][] = [
      [() => cache.get('k'), null],
      [() => cache.getMany(['k', 'other']), [null, null]],
      [() => cache.set('k2', 'v', 10_000), undefined],
      [() => cache.setIfAbsent('k3', 'v', 10_000), false],
      [() => cache.delete(['k']), undefined],
      [() => cache.ping(), false],
    ];
    for (const [call, fallback] of calls) {
      const { value, ms } = await timed(call);
      expect(value).to.deep.equal(fallback);
      expect(ms).to.be.below(FAST);
    }
    const key = `user:alice_${randomUUID()}`;
    for (const count of [1, 2, 3]) {
      const { value, ms } = await timed(() => attempts.take(key, new Date(), 60_000));
      expect(value.count).to.equal(count);
      expect(ms).to.be.below(FAST);
    }
    return key;
  }

  it('given a stalled Redis, when used, then fallbacks within the deadline, one report, and it heals when Redis resumes', async () => {
    const { proxy, cache, attempts, adapterErrors } = await connected();
    proxy.stall();
    const key = await expectFallbacks(r!);
    // After the first missed deadline the guard answers at once instead of waiting each time.
    const burst = await timed(() => Promise.all([...Array(20).keys()].map(() => cache.get('k'))));
    expect(burst.ms).to.be.below(FAST);
    expect(adapterErrors.filter((e) => e instanceof RedisDeadlineExceeded)).to.have.length(1);
    proxy.restore();
    await eventually(() => cache.ping());
    expect(await cache.get('k')).to.equal('v');
    // What was counted in memory during the stall still counts once Redis answers again.
    expect((await attempts.take(key, new Date(), 60_000)).count).to.equal(4);
  });

  it('given a refused connection, when used, then fallbacks at once, and it reconnects by itself after', async () => {
    const { proxy, cache, client, clientErrors } = await connected();
    proxy.cut();
    await eventually(() => Promise.resolve(!client.isReady));
    await expectFallbacks(r!);
    await new Promise((resolve) => setTimeout(resolve, 500)); // several reconnect attempts fail
    expect(clientErrors.length).to.be.within(1, 3); // reported once per kind, not once per attempt
    proxy.restore();
    await eventually(() => cache.ping());
    await cache.set('after', 'ok', 10_000);
    expect(await cache.get('after')).to.equal('ok');
  });

  it('given a connection gone silent for good, when used, then fallbacks, and a new connection replaces it', async () => {
    const { proxy, cache } = await connected();
    proxy.blackhole();
    await expectFallbacks(r!);
    // No restore: only dropping the dead connection and dialling again can heal this.
    await eventually(() => cache.ping(), 8_000);
    expect(await cache.get('k')).to.equal('v');
  });

  it('given Redis down at start-up, when the client is made, then it does not block, and serves once Redis is up', async () => {
    // Redis stays unreachable until restore() below: a client that waited for it would never get
    // past this line and the test would time out.
    r = await proxiedRedis(url, { cutFirst: true });
    expect(r.client.isReady).to.equal(false);
    await expectFallbacks(r);
    expect(await waitForRedis(r.client, 300)).to.equal(false);
    r.proxy.restore();
    expect(await waitForRedis(r.client, 5_000)).to.equal(true);
    await r.cache.set('k', 'v', 10_000);
    expect(await r.cache.get('k')).to.equal('v');
  });

  it('given a stalled Redis with commands in flight, when the client is closed, then closing does not hang', async () => {
    const { proxy, cache, client } = await connected();
    proxy.stall();
    const pending = cache.get('k');
    const closing = await timed(() => closeRedisClient(client));
    expect(closing.ms).to.be.below(1_500);
    expect(await pending).to.equal(null);
    expect(await cache.get('k')).to.equal(null);
  });

  it('given nothing listening at all, when a client is made and closed, then nothing throws', async () => {
    const nowhere = new TcpProxy('127.0.0.1', 9);
    const port = await nowhere.start();
    await nowhere.close(); // the port now refuses
    const errors: unknown[] = [];
    const client = createRedisClient(`redis://127.0.0.1:${port}`, { onError: (e) => errors.push(e) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.isReady).to.equal(false);
    expect(errors.length).to.be.within(1, 2);
    const closing = await timed(() => closeRedisClient(client));
    expect(closing.ms).to.be.below(FAST);
  });
});
