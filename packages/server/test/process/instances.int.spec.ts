import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import {
  emptyMysqlDatabase,
  redisTestPrefix,
  redisTestUrl,
  type TestDatabase,
} from '@campus/adapters/testing';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';

const API = '/api/v1';

/** Two server processes on one MySQL and one Redis behave as one service. */
describe('two instances on one MySQL and one Redis', function () {
  this.timeout(120_000);
  let db: TestDatabase | null;
  let a: RunningServer;
  let b: RunningServer;

  before(async function () {
    db = await emptyMysqlDatabase();
    const redis = await redisTestUrl();
    if (!db || !redis) return this.skip();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis,
      REDIS_KEY_PREFIX: redisTestPrefix(),
      JWT_SECRET: 'shared-secret-of-at-least-32-bytes!!',
      BCRYPT_ROUNDS: '4',
      LOGIN_MAX_FAILURES: '4',
      // Each run claims an address of its own: the per-client counter lives in the shared Redis.
      TRUST_PROXY: 'on',
      REFRESH_REUSE_GRACE: '1s',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-1',
      LOG_LEVEL: 'warn',
    };
    // Both start at once: their migrations take turns under a MySQL lock.
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  async function call(server: RunningServer, method: string, path: string, body?: unknown, token?: string) {
    const res = await fetch(`${server.url}${API}${path}`, {
      method,
      headers: {
        'X-Forwarded-For': client,
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

  // Redis outlives a test run: names are unique per run so no earlier failure is counted.
  const run = randomBytes(4).toString('hex');
  const client = `10.${[...randomBytes(3)].join('.')}`;
  async function member(server: RunningServer, tag: string, schoolId: string, departmentId: string) {
    const res = await call(server, 'POST', '/auth/signup', {
      username: `${tag.slice(0, 6)}_${run}`,
      password: 'correct horse battery',
      email: `${tag}_${run}@example.com`,
      nickname: `${tag} ${run}`,
      schoolId,
      departmentId,
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body as { user: { id: string; username: string }; accessToken: string; refreshToken: string };
  }

  let school: { id: string; departmentId: string; boardId: string };

  before(async function () {
    if (!db) return this.skip();
    const admin = (await call(a, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' }))
      .body;
    const s = (await call(a, 'POST', '/schools', { name: 'Twin Campus' }, admin.accessToken)).body;
    const d = (await call(b, 'POST', `/schools/${s.id}/departments`, { name: 'Physics' }, admin.accessToken))
      .body;
    const board = (await call(a, 'POST', `/schools/${s.id}/boards`, { name: 'Free' }, admin.accessToken))
      .body;
    school = { id: s.id, departmentId: d.id, boardId: board.id };
  });

  it('refuses on one instance, at once, a session logged out on the other', async () => {
    const m = await member(a, 'logout', school.id, school.departmentId);
    expect((await call(b, 'GET', '/me', undefined, m.accessToken)).status).to.equal(200);
    expect(
      (await call(a, 'POST', '/auth/logout', { refreshToken: m.refreshToken }, m.accessToken)).status,
    ).to.equal(204);
    const after = await call(b, 'GET', '/me', undefined, m.accessToken);
    expect(after.status).to.equal(401);
    expect(after.body.error.code).to.equal('SESSION_REVOKED');
  });

  it('shows a like and a comment made on one instance on the other’s next read of the post and the board', async () => {
    const [author, fan] = [
      await member(a, 'author', school.id, school.departmentId),
      await member(b, 'fan', school.id, school.departmentId),
    ];
    const post = (
      await call(
        a,
        'POST',
        `/boards/${school.boardId}/posts`,
        { title: 't', content: 'c' },
        author.accessToken,
      )
    ).body;
    const page = () => call(b, 'GET', `/boards/${school.boardId}/posts`, undefined, fan.accessToken);
    const listed = async () =>
      ((await page()).body.items as { id: string; likeCount: number; commentCount: number }[]).find(
        (item) => item.id === post.id,
      );
    expect((await call(b, 'GET', `/posts/${post.id}`, undefined, fan.accessToken)).body.likeCount).to.equal(
      0,
    );
    expect(await listed()).to.include({ likeCount: 0, commentCount: 0 }); // now cached on b
    expect((await call(a, 'POST', `/posts/${post.id}/like`, undefined, fan.accessToken)).status).to.equal(
      200,
    );
    const seen = await call(b, 'GET', `/posts/${post.id}`, undefined, fan.accessToken);
    expect(seen.body).to.include({ likeCount: 1 });
    expect(seen.body.viewer.liked).to.equal(true);
    expect(await listed()).to.include({ likeCount: 1 });

    const comment = { content: 'seen everywhere' };
    expect(
      (await call(a, 'POST', `/posts/${post.id}/comments`, comment, author.accessToken)).status,
    ).to.equal(201);
    const detail = (await call(b, 'GET', `/posts/${post.id}`, undefined, fan.accessToken)).body;
    expect(detail.commentCount).to.equal(1);
    expect(detail.comments.map((c: { content: string }) => c.content)).to.deep.equal(['seen everywhere']);
    expect(await listed()).to.include({ commentCount: 1 });
  });

  it('shows on every instance, at its next read, a course average changed by a review', async () => {
    const admin = (await call(a, 'POST', '/auth/login', { username: 'admin', password: 'admin-password-1' }))
      .body;
    const course = (
      await call(
        a,
        'POST',
        `/schools/${school.id}/courses`,
        { semester: '2026-1', code: `C${run}`, name: 'Cached', professor: 'P', credits: 3, times: [] },
        admin.accessToken,
      )
    ).body;
    const reviewer = await member(a, 'review', school.id, school.departmentId);
    expect(
      (await call(b, 'GET', `/courses/${course.id}`, undefined, reviewer.accessToken)).body.averageRating,
    ).to.equal(null);
    expect(
      (
        await call(
          a,
          'POST',
          `/courses/${course.id}/reviews`,
          { rating: 4, content: 'good' },
          reviewer.accessToken,
        )
      ).status,
    ).to.equal(201);
    expect((await call(b, 'GET', `/courses/${course.id}`, undefined, reviewer.accessToken)).body).to.include({
      averageRating: 4,
      reviewCount: 1,
    });
  });

  it('counts failed logins across both instances', async () => {
    const m = await member(a, 'throttled', school.id, school.departmentId);
    const statuses: number[] = [];
    for (const server of [a, b, a, b, a]) {
      statuses.push(
        (await call(server, 'POST', '/auth/login', { username: m.user.username, password: 'wrong password' }))
          .status,
      );
    }
    expect(statuses).to.deep.equal([401, 401, 401, 401, 429]);
    const right = await call(b, 'POST', '/auth/login', {
      username: m.user.username,
      password: 'correct horse battery',
    });
    expect(right.status).to.equal(429);
  });

  it('honours on one instance a device token given by the other while unknown devices are locked out', async () => {
    const m = await member(a, 'device', school.id, school.departmentId);
    const right = { username: m.user.username, password: 'correct horse battery' };
    const { deviceToken } = (await call(a, 'POST', '/auth/login', right)).body;
    for (const server of [a, b, a, b])
      await call(server, 'POST', '/auth/login', { username: m.user.username, password: 'wrong password' });
    expect((await call(a, 'POST', '/auth/login', right)).status).to.equal(429);
    expect((await call(b, 'POST', '/auth/login', { ...right, deviceToken })).status).to.equal(200);
  });

  it('gives a pair to both of two refreshes racing on the two instances, then treats a late replay as reuse', async () => {
    const m = await member(a, 'racer', school.id, school.departmentId);
    const [one, two] = await Promise.all(
      [a, b].map((server) => call(server, 'POST', '/auth/refresh', { refreshToken: m.refreshToken })),
    );
    expect([one!.status, two!.status]).to.deep.equal([200, 200]);
    expect((await call(b, 'GET', '/me', undefined, one!.body.accessToken)).status).to.equal(200);
    expect((await call(a, 'GET', '/me', undefined, two!.body.accessToken)).status).to.equal(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past REFRESH_REUSE_GRACE
    const late = await call(b, 'POST', '/auth/refresh', { refreshToken: m.refreshToken });
    expect(late.status).to.equal(401);
    expect(late.body.error.code).to.equal('REFRESH_TOKEN_REUSED');
    const after = await call(a, 'GET', '/me', undefined, one!.body.accessToken);
    expect(after.body.error.code).to.equal('SESSION_REVOKED');
  });

  it('reports the database and Redis as ready on both', async () => {
    for (const server of [a, b]) {
      const res = await fetch(`${server.url}/ready`);
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ status: 'ready', database: 'up', redis: 'up' });
    }
  });
});
