import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { createClient } from 'redis';
import {
  TcpProxy,
  mysqlTestDatabase,
  redisTestPrefix,
  redisTestUrl,
  type TestDatabase,
} from '@campus/adapters/testing';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';

const API = '/api/v1';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- black-box client

async function call(server: RunningServer, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${API}${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
}

/**
 * Two server processes share one Redis through a TCP proxy that stalls, goes silent and resets,
 * and one MySQL. Writes are answered by one, reads served by the other: a read that starts after
 * a write was answered must show it, whatever Redis did in between.
 */
describe('no stale read after an answered write, across two processes, with Redis faulting in between', function () {
  this.timeout(180_000);
  let db: TestDatabase | null;
  let proxy: TcpProxy;
  let admin: ReturnType<typeof createClient>;
  let prefix: string;
  let writer: RunningServer;
  let reader: RunningServer;

  before(async function () {
    db = await mysqlTestDatabase();
    const redis = await redisTestUrl();
    if (!db || !redis) return this.skip();
    const target = new URL(redis);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    await proxy.start();
    admin = createClient({ url: redis });
    await admin.connect();
    prefix = redisTestPrefix();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      REDIS_KEY_PREFIX: prefix,
      JWT_SECRET: 'shared-secret-of-at-least-32-bytes!!',
      BCRYPT_ROUNDS: '4',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-1',
      LOG_LEVEL: 'warn',
    };
    [writer, reader] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  after(async () => {
    await Promise.all([writer?.stop(), reader?.stop()]);
    await proxy?.close();
    if (admin?.isOpen) await admin.close();
    await db?.drop();
  });

  /** A restart of Redis without persistence: every connection reset, every key gone. */
  /** Every key under the prefix, with its time to live: what a snapshot of Redis would keep. */
  async function snapshot(): Promise<Map<string, { value: string; ttl: number }>> {
    const copy = new Map<string, { value: string; ttl: number }>();
    for (const key of await admin.keys(`${prefix}*`)) {
      const [value, ttl] = await Promise.all([admin.get(key), admin.pTTL(key)]);
      if (value !== null) copy.set(key, { value, ttl: Math.max(ttl, 1_000) });
    }
    return copy;
  }

  /** A restart from an older snapshot (or a failover to a replica that was behind). */
  async function restartFrom(copy: Map<string, { value: string; ttl: number }>): Promise<void> {
    proxy.cut();
    for (const key of await admin.keys(`${prefix}*`)) await admin.del(key);
    for (const [key, { value, ttl }] of copy) await admin.set(key, value, { PX: ttl });
    await sleep(100);
    proxy.restore();
  }

  async function restartEmpty(): Promise<void> {
    proxy.cut();
    for (const key of await admin.keys(`${prefix}*`)) await admin.del(key);
    await sleep(100);
    proxy.restore();
  }

  it('given readers on one process and writers on the other, when Redis stalls, times out and restarts between rounds, then no read after an answered write is stale', async () => {
    const run = randomBytes(3).toString('hex');
    const root = (
      await call(writer, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' })
    ).body;
    const school = (await call(writer, 'POST', '/schools', { name: `Proxy ${run}` }, root.accessToken)).body;
    const dept = (
      await call(writer, 'POST', `/schools/${school.id}/departments`, { name: 'Math' }, root.accessToken)
    ).body;
    const board = (
      await call(writer, 'POST', `/schools/${school.id}/boards`, { name: 'Free' }, root.accessToken)
    ).body;
    const signUp = async (tag: string) =>
      (
        await call(writer, 'POST', '/auth/signup', {
          username: `${tag}_${run}`,
          password: 'correct horse battery',
          email: `${tag}_${run}@example.com`,
          nickname: `${tag} ${run}`,
          schoolId: school.id,
          departmentId: dept.id,
        })
      ).body as { accessToken: string };
    const author = await signUp('author');
    // A fresh fan each round, whose flags on the post change only with that round's like.
    const fans = [];
    for (let i = 0; i < 21; i++) fans.push(await signUp(`fan${i}`));
    const post = (
      await call(
        writer,
        'POST',
        `/boards/${board.id}/posts`,
        { title: 'title 0', content: 'c' },
        author.accessToken,
      )
    ).body;

    let copy = new Map<string, { value: string; ttl: number }>();
    const faults: Record<string, { start(): Promise<void> | void; end(): Promise<void> | void }> = {
      none: { start: () => undefined, end: () => undefined },
      'stalled during the write': {
        start: () => {
          proxy.stall();
          setTimeout(() => proxy.restore(), 300);
        },
        end: () => sleep(350),
      },
      'a missed deadline just before (the cooldown)': {
        start: async () => {
          proxy.stall();
          await Promise.all([fetch(`${writer.url}/ready`), fetch(`${reader.url}/ready`)]);
          proxy.restore();
        },
        end: () => sleep(1_100),
      },
      'connections reset': { start: () => proxy.cut(), end: () => proxy.restore() },
      'connections gone silent': { start: () => proxy.blackhole(), end: () => undefined },
      'restarted empty': { start: () => restartEmpty(), end: () => undefined },
      'restarted from a copy older than the write': {
        start: async () => {
          copy = await snapshot();
        },
        end: async () => {
          await restartFrom(copy);
          await sleep(500); // both processes are connected again, and read through Redis
        },
      },
    };

    const stale: string[] = [];
    let expected = { title: 'title 0', likeCount: 0, commentCount: 0 };
    const observe = async (round: string, fanToken: string, liked: boolean) => {
      const [detail, page] = await Promise.all([
        call(reader, 'GET', `/posts/${post.id}`, undefined, fanToken),
        call(reader, 'GET', `/boards/${board.id}/posts`, undefined, author.accessToken),
      ]);
      const listed = (page.body.items as Json[]).find((item) => item.id === post.id);
      const seen = {
        title: detail.body.title as string,
        likeCount: detail.body.likeCount as number,
        commentCount: detail.body.commentCount as number,
      };
      if (JSON.stringify(seen) !== JSON.stringify(expected))
        stale.push(`${round}: detail ${JSON.stringify(seen)}`);
      if (detail.body.viewer?.liked !== liked)
        stale.push(`${round}: liked ${String(detail.body.viewer?.liked)}`);
      const row = { title: listed?.title, likeCount: listed?.likeCount, commentCount: listed?.commentCount };
      if (JSON.stringify(row) !== JSON.stringify(expected))
        stale.push(`${round}: page ${JSON.stringify(row)}`);
    };

    let round = 0;
    for (const [name, fault] of Object.entries(faults)) {
      for (let i = 0; i < 3; i++) {
        const tag = `${name} #${i}`;
        const fan = fans[round]!;
        round += 1;
        // Warm: the reader caches what is true now (and its fan's flags).
        await observe(`${tag} (before)`, fan.accessToken, false);
        await observe(`${tag} (cached)`, fan.accessToken, false);
        await fault.start();
        const kind = round % 3;
        if (kind === 0) {
          const title = `title ${round}`;
          const res = await call(writer, 'PATCH', `/posts/${post.id}`, { title }, author.accessToken);
          expect(res.status, JSON.stringify(res.body)).to.equal(200);
          expected = { ...expected, title };
        } else if (kind === 1) {
          const res = await call(
            writer,
            'POST',
            `/posts/${post.id}/comments`,
            { content: tag },
            fan.accessToken,
          );
          expect(res.status, JSON.stringify(res.body)).to.equal(201);
          expected = { ...expected, commentCount: expected.commentCount + 1 };
        } else {
          const res = await call(writer, 'POST', `/posts/${post.id}/like`, undefined, fan.accessToken);
          expect(res.status, JSON.stringify(res.body)).to.equal(200);
          expected = { ...expected, likeCount: expected.likeCount + 1 };
        }
        await fault.end();
        await observe(`${tag} (after)`, fan.accessToken, kind === 2);
      }
    }
    expect(stale, 'reads served from before an answered write').to.deep.equal([]);
    expect(round).to.equal(21);
  });
});
