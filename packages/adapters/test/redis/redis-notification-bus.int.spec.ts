import { expect } from 'chai';
import { NotificationId, SessionId, UserId } from '@campus/domain';
import type { NotificationBusMessage } from '../../src/memory/index.js';
import {
  RedisNotificationBus,
  closeRedisClient,
  createRedisClient,
  type RedisClient,
} from '../../src/redis/index.js';
import { TcpProxy, redisTestPrefix, redisTestUrl } from '../../src/testing/index.js';

const notification = (n: number): NotificationBusMessage => ({
  kind: 'notification',
  notification: {
    id: NotificationId(`n${n}`),
    recipientId: UserId('reader'),
    type: 'comment',
    text: '익명1님이 댓글을 남겼습니다',
    target: {},
    createdAt: new Date('2026-03-02T09:00:00.123Z'),
    readAt: null,
  },
});

const until = async (check: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Two buses on one Redis stand for two instances; the second reaches Redis through a proxy. */
describe('RedisNotificationBus', function () {
  this.timeout(20_000);
  let url: string;
  let proxy: TcpProxy;
  let publisher: RedisClient;
  let a: RedisNotificationBus;
  let b: RedisNotificationBus;
  const heard: NotificationBusMessage[] = [];
  let gaps = 0;
  let prefix: string;

  before(async function () {
    const found = await redisTestUrl();
    if (!found) return this.skip();
    url = found;
  });
  beforeEach(async () => {
    heard.length = 0;
    gaps = 0;
    const target = new URL(url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const port = await proxy.start();
    prefix = redisTestPrefix();
    publisher = createRedisClient(url);
    a = new RedisNotificationBus({ publisher, url, prefix });
    b = new RedisNotificationBus({ publisher, url: `redis://127.0.0.1:${port}`, prefix });
    b.listen({ message: (m) => heard.push(m), gap: () => (gaps += 1) });
    await Promise.all([a.ready(), b.ready()]);
    await until(() => gaps === 1); // told once at the start: a start may follow missed messages
  });
  afterEach(async () => {
    await a?.close();
    await b?.close();
    await closeRedisClient(publisher);
    await proxy?.close();
  });

  it('given a notification and a session end published on one, then the other hears both, times as Dates', async () => {
    await a.publish(notification(1));
    await a.publish({ kind: 'session-ended', sessionId: SessionId('s1') });
    await until(() => heard.length === 2);
    expect(heard).to.deep.equal([notification(1), { kind: 'session-ended', sessionId: 's1' }]);
  });

  it('given the subscriber cut off and back, then what was published meanwhile is not heard, and a gap is told', async () => {
    proxy.cut();
    await a.publish(notification(2));
    proxy.restore();
    await until(() => gaps === 2, 10_000);
    await a.publish(notification(3));
    await until(() => heard.length === 1);
    expect(heard).to.deep.equal([notification(3)]);
  });

  it('given the publisher cut off from Redis, then the others hear its message once it is back', async () => {
    const target = new URL(url);
    const publisherProxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const port = await publisherProxy.start();
    const cutOff = createRedisClient(`redis://127.0.0.1:${port}`);
    const writer = new RedisNotificationBus({ publisher: cutOff, url, prefix });
    try {
      await writer.ready();
      publisherProxy.cut();
      await writer.publish(notification(5));
      expect(heard).to.deep.equal([]);
      publisherProxy.restore();
      await until(() => heard.length === 1, 10_000);
      expect(heard).to.deep.equal([notification(5)]);
    } finally {
      await writer.close();
      await closeRedisClient(cutOff);
      await publisherProxy.close();
    }
  });

  it('given Redis unreachable for the publisher, then its own listeners still hear the message', async () => {
    const cutProxy = new TcpProxy('127.0.0.1', 9);
    const port = await cutProxy.start();
    cutProxy.cut();
    const away = createRedisClient(`redis://127.0.0.1:${port}`);
    const lonely = new RedisNotificationBus({
      publisher: away,
      url: `redis://127.0.0.1:${port}`,
      prefix: redisTestPrefix(),
    });
    const own: NotificationBusMessage[] = [];
    lonely.listen({ message: (m) => own.push(m), gap: () => undefined });
    try {
      await lonely.publish(notification(4));
      expect(own).to.deep.equal([notification(4)]);
    } finally {
      await lonely.close();
      await closeRedisClient(away);
      await cutProxy.close();
    }
  });
});
