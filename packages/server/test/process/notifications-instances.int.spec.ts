import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { emptyMysqlDatabase, type TestDatabase } from '@campus/adapters/testing';
import { PrivateRedis } from '../support/private-redis.js';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';
import { SseClient } from '../support/sse-client.js';

const API = '/api/v1';

/**
 * Two server processes on one MySQL and a Redis of the test's own: a stream open on one is told
 * of writes on the other within a second, a logout on one ends its streams on the other, and a
 * Redis restart in between loses nothing (the stream reads the database again, and Last-Event-ID
 * fills what a closed stream missed).
 */
describe('notification streams across two instances sharing Redis', function () {
  this.timeout(120_000);
  let db: TestDatabase | null = null;
  let redis: PrivateRedis | null = null;
  let a: RunningServer;
  let b: RunningServer;
  const run = randomBytes(4).toString('hex');
  let n = 0;

  let env: Record<string, string>;
  before(async function () {
    db = await emptyMysqlDatabase();
    redis = db && (await PrivateRedis.start());
    if (!db || !redis) return this.skip();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      JWT_SECRET: 'shared-secret-of-at-least-32-bytes!!',
      BCRYPT_ROUNDS: '4',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-1',
      LOG_LEVEL: 'warn',
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.down();
    await db?.drop();
  });

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
    // Response bodies are untyped JSON here, as for any black-box client.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, any> };
  }

  let school: { id: string; departmentId: string; boardId: string };
  before(async function () {
    if (!db || !redis) return this.skip();
    const admin = (await call(a, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' }))
      .body;
    const s = (await call(a, 'POST', '/schools', { name: `Twin ${run}` }, admin.accessToken)).body;
    const d = (await call(a, 'POST', `/schools/${s.id}/departments`, { name: 'Physics' }, admin.accessToken))
      .body;
    const board = (await call(a, 'POST', `/schools/${s.id}/boards`, { name: 'Free' }, admin.accessToken))
      .body;
    school = { id: s.id, departmentId: d.id, boardId: board.id };
  });

  async function member(server: RunningServer) {
    n += 1;
    const res = await call(server, 'POST', '/auth/signup', {
      username: `m${n}_${run}`,
      password: 'correct horse battery',
      email: `m${n}_${run}@example.com`,
      nickname: `m${n} ${run}`,
      schoolId: school.id,
      departmentId: school.departmentId,
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body as { user: { id: string }; accessToken: string; refreshToken: string };
  }
  const postBy = async (server: RunningServer, token: string) =>
    (await call(server, 'POST', `/boards/${school.boardId}/posts`, { title: 't', content: 'c' }, token)).body
      .id as string;
  const comment = async (server: RunningServer, postId: string, token: string, content = 'hi') => {
    const res = await call(server, 'POST', `/posts/${postId}/comments`, { content }, token);
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  };
  const stream = (server: RunningServer, token: string, headers: Record<string, string> = {}) =>
    SseClient.open(`${server.url}${API}/notifications/stream`, {
      Authorization: `Bearer ${token}`,
      ...headers,
    });

  it('given a stream on A, when a comment is written on B, then A streams it within a second', async () => {
    const [author, commenter] = [await member(a), await member(b)];
    const postId = await postBy(a, author.accessToken);
    const client = await stream(a, author.accessToken);
    try {
      const started = Date.now();
      await comment(b, postId, commenter.accessToken);
      const [event] = await client.waitFor(1, 1_000);
      expect(Date.now() - started).to.be.below(1_000);
      const listed = (await call(b, 'GET', '/notifications', undefined, author.accessToken)).body.items[0];
      expect(JSON.parse(event!.data)).to.deep.equal(listed);
    } finally {
      client.close();
    }
  });

  it('given a stream on A, when its session logs out on B, then the stream ends within a second', async () => {
    const m = await member(a);
    const client = await stream(a, m.accessToken);
    try {
      const started = Date.now();
      expect(
        (await call(b, 'POST', '/auth/logout', { refreshToken: m.refreshToken }, m.accessToken)).status,
      ).to.equal(204);
      await client.closed;
      expect(Date.now() - started).to.be.below(1_000);
    } finally {
      client.close();
    }
  });

  it('given streams on A, when the account is deleted on B, or its password changed on B, then the ended sessions’ streams end within a second', async () => {
    const gone = await member(a);
    const changing = await member(a);
    const again = await call(a, 'POST', '/auth/login', {
      username: `m${n}_${run}`,
      password: 'correct horse battery',
    });
    expect(again.status).to.equal(200);
    const clients = [
      await stream(a, gone.accessToken),
      await stream(a, again.body.accessToken as string),
      await stream(a, changing.accessToken),
    ];
    const [deleted, otherSession, kept] = clients;
    try {
      const started = Date.now();
      const [deletion, change] = await Promise.all([
        call(b, 'DELETE', '/me', { password: 'correct horse battery' }, gone.accessToken),
        call(
          b,
          'POST',
          '/me/password',
          { currentPassword: 'correct horse battery', newPassword: 'a new password 1' },
          changing.accessToken,
        ),
      ]);
      expect([deletion.status, change.status]).to.deep.equal([204, 204]);
      const soon = new Promise((resolve) => setTimeout(resolve, 1_000));
      await Promise.race([Promise.all([deleted!.closed, otherSession!.closed]), soon]);
      expect([deleted!.isEnded, otherSession!.isEnded]).to.deep.equal([true, true]);
      expect(Date.now() - started).to.be.below(1_000);
      expect(kept!.isEnded).to.equal(false);
    } finally {
      for (const client of clients) client.close();
    }
  });

  it('given an instance with ACCESS_TOKEN_TTL=5s, then a stream opened there ends by itself at its token’s exp, saying so', async () => {
    const short = await spawnServer({ ...env, ACCESS_TOKEN_TTL: '5s' });
    try {
      const m = await member(short);
      const { exp } = JSON.parse(Buffer.from(m.accessToken.split('.')[1]!, 'base64url').toString()) as {
        exp: number;
      };
      const client = await stream(short, m.accessToken);
      expect(client.status).to.equal(200);
      await Promise.race([client.closed, new Promise((resolve) => setTimeout(resolve, 7_000))]);
      expect(client.isEnded).to.equal(true);
      expect(Date.now()).to.be.within(exp * 1_000 - 20, exp * 1_000 + 1_000);
      expect(client.comments).to.include('expired');
    } finally {
      await short.stop();
    }
  });

  it('given Redis restarting between a write on B and its delivery, then A’s open stream and a reconnect with Last-Event-ID lose nothing', async () => {
    const [author, commenter] = [await member(a), await member(b)];
    const postId = await postBy(a, author.accessToken);
    const open = await stream(a, author.accessToken);
    const closing = await stream(a, author.accessToken);
    try {
      await comment(b, postId, commenter.accessToken, 'before');
      await open.waitFor(1, 1_000);
      const [seen] = await closing.waitFor(1, 1_000);
      closing.close();

      await redis!.down();
      await comment(b, postId, commenter.accessToken, 'during 1');
      await comment(b, postId, commenter.accessToken, 'during 2');
      expect(await redis!.up()).to.equal(true);

      // The open stream reads the database once its subscription is back.
      const caughtUp = await open.waitFor(3, 10_000);
      const listed = (await call(a, 'GET', '/notifications', undefined, author.accessToken)).body.items as {
        id: string;
      }[];
      expect(caughtUp.map((e) => e.id)).to.deep.equal([listed[2]!.id, listed[1]!.id, listed[0]!.id]);

      // The closed one comes back with the last id it saw and gets the two it missed, oldest first.
      const back = await stream(a, author.accessToken, { 'Last-Event-ID': seen!.id! });
      try {
        const missed = await back.waitFor(2, 2_000);
        expect(missed.map((e) => e.id)).to.deep.equal([listed[1]!.id, listed[0]!.id]);
        // And it is live again across instances.
        await comment(b, postId, commenter.accessToken, 'after');
        await back.waitFor(3, 5_000);
        await open.waitFor(4, 5_000);
      } finally {
        back.close();
      }
    } finally {
      open.close();
      closing.close();
    }
  });

  it('given a stream open, when its process gets SIGTERM, then the stream ends and the process exits 0 without waiting for it', async () => {
    const c = await spawnServer(env);
    const m = await member(c);
    const client = await stream(c, m.accessToken);
    try {
      const started = Date.now();
      const code = await c.stop('SIGTERM');
      await client.closed;
      expect(code, c.output()).to.equal(0);
      expect(Date.now() - started).to.be.below(5_000);
    } finally {
      client.close();
      await c.stop('SIGKILL');
    }
  });
});
